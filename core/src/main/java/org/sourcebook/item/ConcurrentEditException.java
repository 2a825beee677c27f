package org.sourcebook.item;

import org.sourcebook.content.item.ItemId;

/** Someone saved the item since the editor loaded it; saving again would overwrite their change. */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(ItemId id, long expectedVersion, long actualVersion) {
        super("Item " + id + " was changed by someone else (version " + actualVersion + ", you edited version "
                + expectedVersion + ")");
    }
}
