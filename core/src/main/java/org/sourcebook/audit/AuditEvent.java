package org.sourcebook.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of the audit log. The actor is missing for failed sign-ins and start-up tasks. */
public record AuditEvent(
        long id,
        Instant occurredAt,
        @Nullable String actorUsername,
        AuditKind kind,
        @Nullable String subjectUsername,
        String details) {}
