package org.sourcebook.item;

import java.util.Set;
import org.sourcebook.content.item.ItemId;

/**
 * Published, inside the transaction, when a teacher rejects items (one by one, in bulk, or by
 * saving an item as rejected): the features that hold items, such as lessons, let go of them.
 *
 * @param ownerId the teacher whose items they are
 */
public record ItemsRejected(long ownerId, Set<ItemId> items) {

    public ItemsRejected {
        items = Set.copyOf(items);
    }
}
