package org.sourcebook.audit;

import jakarta.annotation.security.RolesAllowed;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.sourcebook.content.account.Role;
import org.sourcebook.persistence.LikePatterns;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the audit log, newest first, a page at a time (admins only), and recording what a
 * signed-in teacher or admin exported.
 */
@Service
@Transactional(readOnly = true)
public class AuditService {

    private static final RowMapper<AuditEvent> EVENT = (rs, row) -> new AuditEvent(
            rs.getLong("id"),
            rs.getTimestamp("occurred_at").toInstant(),
            rs.getString("actor_username"),
            AuditKind.valueOf(rs.getString("kind")),
            rs.getString("subject_username"),
            rs.getString("details") == null ? "" : rs.getString("details"));

    private final JdbcTemplate jdbc;
    private final AuditLog log;

    AuditService(JdbcTemplate jdbc, AuditLog log) {
        this.jdbc = jdbc;
        this.log = log;
    }

    /** Records that the signed-in teacher or admin exported data, {@code what} saying which. */
    @RolesAllowed({Role.Name.TEACHER, Role.Name.ADMIN})
    @Transactional
    public void recordExport(String what) {
        log.record(AuditKind.EXPORT, null, what);
    }

    /** The events matching {@code query}, newest first, skipping {@code offset} and at most {@code limit}. */
    @RolesAllowed(Role.Name.ADMIN)
    public List<AuditEvent> find(AuditQuery query, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(query, args);
        args.add(limit);
        args.add(offset);
        return jdbc.query("select id, occurred_at, actor_username, kind, subject_username, details from audit_event"
                + where + " order by occurred_at desc, id desc limit ? offset ?", EVENT, args.toArray());
    }

    /** How many events match {@code query}. */
    @RolesAllowed(Role.Name.ADMIN)
    public int count(AuditQuery query) {
        List<Object> args = new ArrayList<>();
        Integer count = jdbc.queryForObject("select count(*) from audit_event" + where(query, args), Integer.class,
                args.toArray());
        return count == null ? 0 : count;
    }

    private static String where(AuditQuery query, List<Object> args) {
        List<String> conditions = new ArrayList<>();
        if (query.username() != null && !query.username().isBlank()) {
            String pattern = LikePatterns.containsLowerCase(query.username());
            conditions.add("(lower(actor_username) like ? escape '\\' or lower(subject_username) like ? escape '\\')");
            args.add(pattern);
            args.add(pattern);
        }
        if (query.kind() != null) {
            conditions.add("kind = ?");
            args.add(query.kind().name());
        }
        if (query.from() != null) {
            conditions.add("occurred_at >= ?");
            args.add(Timestamp.from(query.from()));
        }
        if (query.until() != null) {
            conditions.add("occurred_at < ?");
            args.add(Timestamp.from(query.until()));
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }
}
