package org.sourcebook.content.lesson;

import java.util.Objects;
import java.util.UUID;

/** Identifies a block within its lesson; stays the same when the block moves or is edited. */
public record BlockId(UUID value) {

    public BlockId {
        Objects.requireNonNull(value, "a block id needs a value");
    }

    public static BlockId random() {
        return new BlockId(UUID.randomUUID());
    }

    /** @throws IllegalArgumentException if {@code text} is not a UUID */
    public static BlockId parse(String text) {
        return new BlockId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
