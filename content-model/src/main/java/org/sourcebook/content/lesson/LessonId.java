package org.sourcebook.content.lesson;

import java.util.Objects;
import java.util.UUID;

/** Identifies a lesson across its versions. */
public record LessonId(UUID value) {

    public LessonId {
        Objects.requireNonNull(value, "a lesson id needs a value");
    }

    public static LessonId random() {
        return new LessonId(UUID.randomUUID());
    }

    /** @throws IllegalArgumentException if {@code text} is not a UUID */
    public static LessonId parse(String text) {
        return new LessonId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
