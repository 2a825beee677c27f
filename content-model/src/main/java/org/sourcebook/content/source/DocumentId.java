package org.sourcebook.content.source;

import java.util.UUID;

/** Identifies a source document across all its versions. */
public record DocumentId(UUID value) {

    public static DocumentId random() {
        return new DocumentId(UUID.randomUUID());
    }

    /** @throws IllegalArgumentException if {@code text} is not a UUID */
    public static DocumentId parse(String text) {
        return new DocumentId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
