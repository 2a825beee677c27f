package org.sourcebook.item;

import org.sourcebook.content.item.Item;

/** An item as stored, with the version an edit must name to save over it. */
public record StoredItem(Item item, long version) {}
