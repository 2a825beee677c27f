package org.sourcebook.exchange.items;

import java.util.List;
import org.sourcebook.content.item.Item;

/**
 * What a file yielded: the items read, and one issue per question that could not be taken. The
 * question bank stores the items only when there are no problems (nothing half-imported).
 */
public record ImportedItems(List<Item> items, List<ItemIssue> problems) {

    public ImportedItems {
        items = List.copyOf(items);
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
