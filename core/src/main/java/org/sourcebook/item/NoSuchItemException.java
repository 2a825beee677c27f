package org.sourcebook.item;

import org.sourcebook.content.item.ItemId;

/** The item does not exist or belongs to someone else; both read the same. */
public class NoSuchItemException extends RuntimeException {

    public NoSuchItemException(ItemId id) {
        super("No item " + id);
    }
}
