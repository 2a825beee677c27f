package org.sourcebook.classes;

import static org.sourcebook.persistence.SqlTimes.instant;
import static org.sourcebook.persistence.SqlTimes.time;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sourcebook.account.ImportClass;
import org.sourcebook.content.lesson.LessonId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Classes, members and assignments in plain SQL; owner checks are the service's job. */
@Repository
class ClassStore {

    /** An assignment row. */
    record AssignmentRow(AssignmentId id, ClassId classId, LessonId lesson, @Nullable Instant opensAt,
            @Nullable Instant dueAt) {}

    private static final String CLASS_COLUMNS = "c.id, c.name, c.created_at,"
            + " (select count(*) from class_member m where m.class_id = c.id) as members,"
            + " (select count(*) from lesson_assignment a where a.class_id = c.id) as assignments";
    private static final String ASSIGNMENT_COLUMNS = "id, class_id, lesson_id, opens_at, due_at";

    private final JdbcTemplate jdbc;

    ClassStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insertClass(ClassId id, long ownerId, String name, Instant at) {
        jdbc.update("insert into school_class (id, owner_id, name, created_at, updated_at) values (?, ?, ?, ?, ?)",
                id.value(), ownerId, name, time(at), time(at));
    }

    void renameClass(ClassId id, String name, Instant at) {
        jdbc.update("update school_class set name = ?, updated_at = ? where id = ?", name, time(at), id.value());
    }

    void deleteClass(ClassId id) {
        jdbc.update("delete from class_member where class_id = ?", id.value());
        jdbc.update("delete from school_class where id = ?", id.value());
    }

    Optional<SchoolClass> findOwned(ClassId id, long ownerId) {
        return jdbc.query("select " + CLASS_COLUMNS + " from school_class c where c.id = ? and c.owner_id = ?",
                (rs, i) -> schoolClass(rs), id.value(), ownerId).stream().findFirst();
    }

    List<SchoolClass> classesOf(long ownerId) {
        return jdbc.query("select " + CLASS_COLUMNS + " from school_class c where c.owner_id = ? order by c.name, c.created_at",
                (rs, i) -> schoolClass(rs), ownerId);
    }

    boolean exists(ClassId id) {
        return !jdbc.queryForList("select 1 from school_class where id = ?", Integer.class, id.value()).isEmpty();
    }

    /** Every class with its owner's username, for an admin's account import. */
    List<ImportClass> allClassesWithOwners() {
        return jdbc.query("select c.id, c.name, a.username from school_class c join user_account a on a.id = c.owner_id",
                (rs, i) -> new ImportClass(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("username")));
    }

    List<Long> memberIds(ClassId id) {
        return jdbc.queryForList("select student_id from class_member where class_id = ?", Long.class, id.value());
    }

    boolean addMember(ClassId id, long studentId, Instant at) {
        return jdbc.update("insert into class_member (class_id, student_id, added_at) select ?, ?, ? where not exists"
                + " (select 1 from class_member where class_id = ? and student_id = ?)",
                id.value(), studentId, time(at), id.value(), studentId) > 0;
    }

    boolean removeMember(ClassId id, long studentId) {
        return jdbc.update("delete from class_member where class_id = ? and student_id = ?", id.value(), studentId) > 0;
    }

    void insertAssignment(AssignmentRow row, Instant at) {
        jdbc.update("insert into lesson_assignment (" + ASSIGNMENT_COLUMNS + ", created_at) values (?, ?, ?, ?, ?, ?)",
                row.id().value(), row.classId().value(), row.lesson().value(), time(row.opensAt()), time(row.dueAt()),
                time(at));
    }

    void updateAssignment(AssignmentId id, @Nullable Instant opensAt, @Nullable Instant dueAt) {
        jdbc.update("update lesson_assignment set opens_at = ?, due_at = ? where id = ?", time(opensAt), time(dueAt),
                id.value());
    }

    void deleteAssignment(AssignmentId id) {
        jdbc.update("delete from lesson_assignment where id = ?", id.value());
    }

    boolean isAssigned(ClassId id, LessonId lesson) {
        Integer count = jdbc.queryForObject("select count(*) from lesson_assignment where class_id = ? and lesson_id = ?",
                Integer.class, id.value(), lesson.value());
        return count != null && count > 0;
    }

    List<AssignmentRow> assignmentsOf(ClassId id) {
        return jdbc.query("select " + ASSIGNMENT_COLUMNS + " from lesson_assignment where class_id = ?"
                + " order by due_at, opens_at, created_at", (rs, i) -> assignment(rs), id.value());
    }

    Optional<AssignmentRow> findAssignment(AssignmentId id) {
        return jdbc.query("select " + ASSIGNMENT_COLUMNS + " from lesson_assignment where id = ?",
                (rs, i) -> assignment(rs), id.value()).stream().findFirst();
    }

    private static SchoolClass schoolClass(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new SchoolClass(new ClassId(rs.getObject("id", UUID.class)), rs.getString("name"), rs.getInt("members"),
                rs.getInt("assignments"), instant(rs, "created_at"));
    }

    private static AssignmentRow assignment(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new AssignmentRow(new AssignmentId(rs.getObject("id", UUID.class)),
                new ClassId(rs.getObject("class_id", UUID.class)), new LessonId(rs.getObject("lesson_id", UUID.class)),
                instant(rs, "opens_at"), instant(rs, "due_at"));
    }
}
