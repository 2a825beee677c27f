package org.sourcebook.classes;

import java.util.UUID;

/** Identifies the assignment of one lesson to one class. */
public record AssignmentId(UUID value) {

    public static AssignmentId random() {
        return new AssignmentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
