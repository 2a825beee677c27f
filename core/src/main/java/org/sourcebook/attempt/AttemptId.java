package org.sourcebook.attempt;

import java.util.Objects;
import java.util.UUID;

/** Identifies one quiz attempt; what the attempt page's address carries. */
public record AttemptId(UUID value) {

    public AttemptId {
        Objects.requireNonNull(value, "an attempt id needs a value");
    }

    public static AttemptId random() {
        return new AttemptId(UUID.randomUUID());
    }

    /** @throws IllegalArgumentException if {@code text} is not a UUID */
    public static AttemptId parse(String text) {
        return new AttemptId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
