package org.sourcebook.classes;

import java.time.Instant;

/** A teacher's class as their lists show it. */
public record SchoolClass(ClassId id, String name, int members, int assignments, Instant createdAt) {}
