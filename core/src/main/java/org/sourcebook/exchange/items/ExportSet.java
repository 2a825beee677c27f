package org.sourcebook.exchange.items;

import java.util.List;
import java.util.Objects;
import org.sourcebook.content.item.Item;

/**
 * What to export: items in the order they should appear, and a name for the collection (a lesson
 * title, "Question bank"): GIFT and Moodle XML use it as the category, Anki as the deck, QTI as the
 * package title.
 */
public record ExportSet(String name, List<Item> items) {

    public ExportSet {
        Objects.requireNonNull(name, "an export needs a name");
        items = List.copyOf(items);
    }
}
