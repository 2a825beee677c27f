package org.sourcebook.attempt;

import static org.sourcebook.persistence.SqlTimes.instant;
import static org.sourcebook.persistence.SqlTimes.time;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.lesson.BlockId;
import org.sourcebook.content.lesson.LessonId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Attempts and answers in plain SQL: an answer save is the hottest write in the product, so it
 * is a few short statements on one locked attempt row rather than an entity graph.
 */
@Repository
class AttemptStore {

    /** An attempt row; {@code questions} and {@code settings} are JSON. */
    record AttemptRow(AttemptId id, long studentId, LessonId lesson, BlockId quiz, int number, List<ItemId> questionIds,
            String questions, String settings, long shuffleSeed, Instant startedAt, @Nullable Instant deadline,
            long lastSequence, @Nullable Instant submittedAt, @Nullable FinishedBy finishedBy, @Nullable Double marks,
            int maxMarks) {}

    /** What a save needs to know of its attempt. */
    record SaveTarget(long studentId, List<ItemId> questionIds, long lastSequence, @Nullable Instant deadline,
            @Nullable Instant submittedAt) {}

    /** An answer row; {@code response} is JSON. */
    record AnswerRow(ItemId item, String response, long sequence, Instant savedAt, boolean locked) {}

    private static final String COLUMNS = "id, student_id, lesson_id, quiz_block_id, attempt_number, question_ids, "
            + "questions, settings, shuffle_seed, started_at, deadline, last_sequence, submitted_at, finished_by, marks, max_marks";
    private static final String SUMMARY_COLUMNS = "id, attempt_number, started_at, submitted_at, finished_by, marks, max_marks";

    private static final String EMPTY_AND_RUNNING = " and submitted_at is null and max_marks = 0";

    private static final String ANSWER_QUERY =
            "select item_id, response, sequence_number, saved_at, locked from quiz_answer where attempt_id = ?";

    private final JdbcTemplate jdbc;

    AttemptStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(AttemptRow row) {
        jdbc.update("insert into quiz_attempt (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row.id().value(), row.studentId(), row.lesson().value(), row.quiz().value(), row.number(),
                joinIds(row.questionIds()), row.questions(), row.settings(), row.shuffleSeed(), time(row.startedAt()),
                time(row.deadline()), row.lastSequence(), time(row.submittedAt()),
                row.finishedBy() == null ? null : row.finishedBy().name(), row.marks(), row.maxMarks());
    }

    Optional<AttemptRow> find(AttemptId id) {
        return jdbc.query("select " + COLUMNS + " from quiz_attempt where id = ?", AttemptStore::attemptRow, id.value())
                .stream().findFirst();
    }

    /** The row of {@code id}, locked until the transaction ends, so saves to one attempt take turns. */
    Optional<AttemptRow> lock(AttemptId id) {
        return jdbc.query("select " + COLUMNS + " from quiz_attempt where id = ? for update", AttemptStore::attemptRow,
                id.value()).stream().findFirst();
    }

    /** The few columns a save checks, the row locked until the transaction ends (saves to one attempt take turns). */
    Optional<SaveTarget> lockForSave(AttemptId id) {
        return jdbc.query("select student_id, question_ids, last_sequence, deadline, submitted_at from quiz_attempt"
                + " where id = ? for update", (rs, i) -> new SaveTarget(rs.getLong("student_id"),
                        splitIds(rs.getString("question_ids")), rs.getLong("last_sequence"), instant(rs, "deadline"),
                        instant(rs, "submitted_at")), id.value()).stream().findFirst();
    }

    List<AttemptSummary> attemptsAt(long studentId, LessonId lesson, BlockId quiz) {
        return jdbc.query("select " + SUMMARY_COLUMNS + " from quiz_attempt"
                + " where student_id = ? and lesson_id = ? and quiz_block_id = ? order by attempt_number",
                AttemptStore::summary, studentId, lesson.value(), quiz.value());
    }

    /** Attempts whose deadline has passed at {@code now} but that are not yet submitted, oldest deadline first. */
    List<AttemptId> overdue(Instant now, int limit) {
        return jdbc.query("select id from quiz_attempt where submitted_at is null and deadline <= ? order by deadline"
                + " fetch first " + limit + " rows only", (rs, i) -> new AttemptId(rs.getObject(1, UUID.class)), time(now));
    }

    List<AnswerRow> answers(AttemptId id) {
        return jdbc.query(ANSWER_QUERY, AttemptStore::answerRow, id.value());
    }

    Optional<AnswerRow> answer(AttemptId id, ItemId item) {
        return jdbc.query(ANSWER_QUERY + " and item_id = ?", AttemptStore::answerRow, id.value(), item.value())
                .stream().findFirst();
    }

    /**
     * Stores the answer to one question, replacing the one before unless that one is locked, and
     * moves the attempt's sequence on. Call with the attempt row locked.
     *
     * @return false, storing nothing, if the question's answer is locked
     */
    boolean saveAnswer(AttemptId id, AnswerRow answer) {
        int updated = jdbc.update("update quiz_answer set response = ?, sequence_number = ?, saved_at = ?, locked = ?"
                + " where attempt_id = ? and item_id = ? and locked = false", answer.response(), answer.sequence(),
                time(answer.savedAt()), answer.locked(), id.value(), answer.item().value());
        if (updated == 0) {
            if (answer(id, answer.item()).isPresent()) {
                return false;
            }
            jdbc.update("insert into quiz_answer (attempt_id, item_id, response, sequence_number, saved_at, locked)"
                    + " values (?, ?, ?, ?, ?, ?)", id.value(), answer.item().value(), answer.response(), answer.sequence(),
                    time(answer.savedAt()), answer.locked());
        }
        jdbc.update("update quiz_attempt set last_sequence = ? where id = ?", answer.sequence(), id.value());
        return true;
    }

    /**
     * Removes a running attempt without questions (and so without answers), which holds nothing a
     * student or teacher could want; attempts with questions are never touched.
     */
    void discardEmpty(AttemptId id) {
        jdbc.update("delete from quiz_answer where attempt_id in (select id from quiz_attempt where id = ?"
                + EMPTY_AND_RUNNING + ")", id.value());
        jdbc.update("delete from quiz_attempt where id = ?" + EMPTY_AND_RUNNING, id.value());
    }

    /** {@link #discardEmpty} for every such attempt of one student at one quiz. */
    void discardEmptyRunning(long studentId, LessonId lesson, BlockId quiz) {
        String which = " where student_id = ? and lesson_id = ? and quiz_block_id = ?" + EMPTY_AND_RUNNING;
        jdbc.update("delete from quiz_answer where attempt_id in (select id from quiz_attempt" + which + ")", studentId,
                lesson.value(), quiz.value());
        jdbc.update("delete from quiz_attempt" + which, studentId, lesson.value(), quiz.value());
    }

    /** Ends the attempt unless it has ended already; true if this call ended it. */
    boolean finish(AttemptId id, Instant at, FinishedBy by, double marks) {
        return jdbc.update("update quiz_attempt set submitted_at = ?, finished_by = ?, marks = ?"
                + " where id = ? and submitted_at is null", time(at), by.name(), marks, id.value()) == 1;
    }

    /** The submitted attempts at one quiz, by student and attempt number. */
    List<AttemptRow> submittedAt(LessonId lesson, BlockId quiz) {
        return jdbc.query("select " + COLUMNS + " from quiz_attempt where lesson_id = ? and quiz_block_id = ?"
                + " and submitted_at is not null order by student_id, attempt_number", AttemptStore::attemptRow,
                lesson.value(), quiz.value());
    }

    /**
     * Every attempt of the students at the lessons, in one query, by student, lesson, quiz and
     * attempt number.
     */
    List<StudentAttemptSummary> attemptsOf(Collection<LessonId> lessons, Collection<Long> students) {
        if (lessons.isEmpty() || students.isEmpty()) {
            return List.of();
        }
        String sql = "select student_id, lesson_id, quiz_block_id, " + SUMMARY_COLUMNS + " from quiz_attempt"
                + " where lesson_id in (" + marks(lessons.size()) + ") and student_id in (" + marks(students.size()) + ")"
                + " order by student_id, lesson_id, quiz_block_id, attempt_number";
        List<Object> args = new ArrayList<>();
        lessons.forEach(lesson -> args.add(lesson.value()));
        args.addAll(students);
        return jdbc.query(sql, (rs, i) -> new StudentAttemptSummary(rs.getLong("student_id"),
                new LessonId(rs.getObject("lesson_id", UUID.class)), new BlockId(rs.getObject("quiz_block_id", UUID.class)),
                summary(rs, i)), args.toArray());
    }

    private static String marks(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    /** The answers of every submitted attempt at one quiz, by attempt. */
    Map<AttemptId, List<AnswerRow>> submittedAnswersAt(LessonId lesson, BlockId quiz) {
        Map<AttemptId, List<AnswerRow>> answers = new HashMap<>();
        jdbc.query("select a.attempt_id, a.item_id, a.response, a.sequence_number, a.saved_at, a.locked"
                + " from quiz_answer a join quiz_attempt t on t.id = a.attempt_id"
                + " where t.lesson_id = ? and t.quiz_block_id = ? and t.submitted_at is not null", rs -> {
                    answers.computeIfAbsent(new AttemptId(rs.getObject(1, UUID.class)), id -> new ArrayList<>())
                            .add(new AnswerRow(new ItemId(rs.getObject(2, UUID.class)), rs.getString(3), rs.getLong(4),
                                    instant(rs, "saved_at"), rs.getBoolean(6)));
                }, lesson.value(), quiz.value());
        return answers;
    }

    /** Replaces a submitted attempt's question snapshot and marks, and logs the change. */
    void regrade(AttemptId id, String questions, double marksBefore, double marksAfter, long teacherId, Instant at) {
        jdbc.update("update quiz_attempt set questions = ?, marks = ? where id = ?", questions, marksAfter, id.value());
        jdbc.update("insert into quiz_regrade (attempt_id, regraded_at, teacher_id, marks_before, marks_after)"
                + " values (?, ?, ?, ?, ?)", id.value(), time(at), teacherId, marksBefore, marksAfter);
    }

    private static AttemptRow attemptRow(ResultSet rs, int rowNumber) throws SQLException {
        String finished = rs.getString("finished_by");
        double marksValue = rs.getDouble("marks");
        Double marks = rs.wasNull() ? null : marksValue;
        return new AttemptRow(new AttemptId(rs.getObject("id", UUID.class)), rs.getLong("student_id"),
                new LessonId(rs.getObject("lesson_id", UUID.class)), new BlockId(rs.getObject("quiz_block_id", UUID.class)),
                rs.getInt("attempt_number"), splitIds(rs.getString("question_ids")), rs.getString("questions"),
                rs.getString("settings"), rs.getLong("shuffle_seed"), instant(rs, "started_at"), instant(rs, "deadline"),
                rs.getLong("last_sequence"), instant(rs, "submitted_at"),
                finished == null ? null : FinishedBy.valueOf(finished), marks, rs.getInt("max_marks"));
    }

    private static AnswerRow answerRow(ResultSet rs, int rowNumber) throws SQLException {
        return new AnswerRow(new ItemId(rs.getObject(1, UUID.class)), rs.getString(2), rs.getLong(3), instant(rs, "saved_at"),
                rs.getBoolean(5));
    }

    private static AttemptSummary summary(ResultSet rs, int rowNumber) throws SQLException {
        String finished = rs.getString("finished_by");
        double marks = rs.getDouble("marks");
        boolean noMarks = rs.wasNull();
        int maxMarks = rs.getInt("max_marks");
        Double score = noMarks ? null : maxMarks == 0 ? 0 : marks / maxMarks;
        return new AttemptSummary(new AttemptId(rs.getObject("id", UUID.class)), rs.getInt("attempt_number"),
                instant(rs, "started_at"), instant(rs, "submitted_at"),
                finished == null ? null : FinishedBy.valueOf(finished), score);
    }

    private static String joinIds(List<ItemId> ids) {
        return String.join(",", ids.stream().map(ItemId::toString).toList());
    }

    private static List<ItemId> splitIds(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.stream(joined.split(",")).map(id -> new ItemId(UUID.fromString(id))).toList();
    }
}
