package org.sourcebook.audit;

import java.time.Clock;
import java.sql.Timestamp;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes audit events. Not a guarded service: every part of the application that does something
 * worth recording calls it, including the sign-in before anyone is signed in. An event joins the
 * caller's transaction, so a change that rolls back leaves no event behind.
 */
@Component
public class AuditLog {

    private static final int MAX_DETAILS = 1000;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an action of the signed-in person. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditKind kind, @Nullable String subjectUsername, String details) {
        recordAs(currentUsername(), kind, subjectUsername, details);
    }

    /** Records an event whose actor is known by name (e.g. a sign-in), or has none. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAs(@Nullable String actorUsername, AuditKind kind, @Nullable String subjectUsername, String details) {
        Long actorId = null;
        if (actorUsername != null) {
            List<Long> ids = jdbc.queryForList("select id from user_account where username = ?", Long.class, actorUsername);
            actorId = ids.isEmpty() ? null : ids.get(0);
        }
        jdbc.update("insert into audit_event (occurred_at, actor_id, actor_username, kind, subject_username, details)"
                        + " values (?, ?, ?, ?, ?, ?)",
                Timestamp.from(clock.instant()), actorId, truncate(actorUsername, 64), kind.name(),
                truncate(subjectUsername, 64), truncate(details, MAX_DETAILS));
    }

    private static @Nullable String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication.getName();
    }

    private static @Nullable String truncate(@Nullable String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
