package org.sourcebook.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Which events to list; every part is optional. {@code username} matches actor or subject
 * (contains, case-insensitive); {@code from} is inclusive, {@code until} exclusive.
 */
public record AuditQuery(
        @Nullable String username, @Nullable AuditKind kind, @Nullable Instant from, @Nullable Instant until) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null);
    }
}
