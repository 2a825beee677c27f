package org.sourcebook.content.item;

import java.util.Objects;
import java.util.UUID;

/** Identifies an item (fact card or question) wherever it is used: bank, lessons, answers. */
public record ItemId(UUID value) {

    public ItemId {
        Objects.requireNonNull(value, "an item id needs a value");
    }

    public static ItemId random() {
        return new ItemId(UUID.randomUUID());
    }

    /** @throws IllegalArgumentException if {@code text} is not a UUID */
    public static ItemId parse(String text) {
        return new ItemId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
