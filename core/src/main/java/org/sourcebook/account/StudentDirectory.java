package org.sourcebook.account;

import jakarta.annotation.security.RolesAllowed;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.account.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Student accounts as teachers look them up to build classes: id, username and display name only,
 * never roles, e-mail, passwords or activity. Only enabled accounts with the student role are found.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.Name.TEACHER)
public class StudentDirectory {

    /** The most students one search returns. */
    public static final int SEARCH_LIMIT = 50;

    private static final String IS_STUDENT = "exists (select 1 from user_account_role r where r.account_id = a.id"
            + " and r.role = '" + Role.STUDENT.name() + "')";
    private static final RowMapper<StudentRef> REF = (rs, i) ->
            new StudentRef(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"));

    private final JdbcTemplate jdbc;

    StudentDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Students whose username or display name contains {@code text} (ignoring case), by display
     * name; at most {@link #SEARCH_LIMIT}. Blank text finds nobody.
     */
    public List<StudentRef> search(String text) {
        String needle = text.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return List.of();
        }
        String pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.query("select a.id, a.username, a.display_name from user_account a where a.enabled = true and "
                + IS_STUDENT + " and (lower(a.username) like ? escape '\\' or lower(a.display_name) like ? escape '\\')"
                + " order by a.display_name, a.username limit " + SEARCH_LIMIT, REF, pattern, pattern);
    }

    /** The enabled students among these ids, in no particular order; other ids are left out. */
    public List<StudentRef> students(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", ids.stream().map(id -> "?").toList());
        return jdbc.query("select a.id, a.username, a.display_name from user_account a where a.enabled = true and "
                + IS_STUDENT + " and a.id in (" + marks + ")",
                REF, ids.toArray());
    }

    /**
     * How each of {@code usernames} resolves (see {@link Resolved}); unknown usernames are absent. For checking a class list before enrolling it.
     */
    public Map<String, Resolved> resolve(Collection<String> usernames) {
        Map<String, Resolved> found = new LinkedHashMap<>();
        if (usernames.isEmpty()) {
            return found;
        }
        String marks = String.join(",", usernames.stream().map(name -> "?").toList());
        jdbc.query("select a.id, a.username, a.display_name, a.enabled, " + IS_STUDENT + " as student"
                + " from user_account a where a.username in (" + marks + ")", rs -> {
                    boolean student = rs.getBoolean("student") && rs.getBoolean("enabled");
                    found.put(rs.getString("username"), new Resolved(student ? REF.mapRow(rs, 0) : null));
                }, usernames.toArray());
        return found;
    }

    /** A known username: the student, or null when the account is no (enabled) student's. */
    public record Resolved(@Nullable StudentRef student) {}
}
