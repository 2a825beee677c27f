package org.sourcebook.lesson;

import static org.sourcebook.persistence.SqlTimes.instant;
import static org.sourcebook.persistence.SqlTimes.time;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Which lessons are assigned to a student: through a class they are in, from the assignment's
 * opening time. Plain SQL over the classes' tables (the classes feature writes them), so that
 * lessons need not depend on classes, which depend on lessons.
 */
@Repository
class AssignedLessons {

    /** The earliest due date of a lesson's opened assignments to the student; null when none is due. */
    record Window(@Nullable Instant due) {

        Window merge(Window other) {
            if (due == null) {
                return other;
            }
            return other.due == null || due.isBefore(other.due) ? this : other;
        }
    }

    private final JdbcTemplate jdbc;

    AssignedLessons(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The lessons open to {@code studentId} at {@code now} by assignment, whatever their status. */
    Map<UUID, Window> openTo(long studentId, Instant now) {
        Map<UUID, Window> open = new HashMap<>();
        jdbc.query("select a.lesson_id, a.due_at from lesson_assignment a join class_member m on m.class_id = a.class_id"
                + " where m.student_id = ? and (a.opens_at is null or a.opens_at <= ?)", rs -> {
                    open.merge(rs.getObject("lesson_id", UUID.class), new Window(instant(rs, "due_at")), Window::merge);
                }, studentId, time(now));
        return open;
    }
}
