package org.sourcebook.results;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sourcebook.account.StudentRef;
import org.sourcebook.attempt.AttemptId;
import org.sourcebook.classes.SchoolClass;
import org.sourcebook.content.lesson.LessonId;

/**
 * A class's gradebook: its students (rows) by the lessons assigned to it (columns).
 *
 * @param students the class's members, by display name
 * @param lessons the assigned lessons, due first, then those without a due date
 */
public record Gradebook(SchoolClass schoolClass, List<StudentRef> students, List<Column> lessons,
        Map<Long, Map<LessonId, Cell>> cells) {

    /** An assigned lesson. */
    public record Column(LessonId lesson, String title, @Nullable Instant dueAt) {}

    /**
     * One student at one lesson.
     *
     * @param grade the lesson grade in [0, 1], see {@link GradebookService}; null without a submitted attempt
     * @param attempts how many attempts the student started at the lesson's quizzes
     * @param submitted the student's submitted attempts, oldest first
     */
    public record Cell(@Nullable Double grade, int attempts, GradebookState state, List<AttemptId> submitted) {

        static final Cell NOT_STARTED = new Cell(null, 0, GradebookState.NOT_STARTED, List.of());

        /** The last submitted attempt, for drilling in. */
        public @Nullable AttemptId lastSubmitted() {
            return submitted.isEmpty() ? null : submitted.get(submitted.size() - 1);
        }
    }

    /** The cell of the student at the lesson; not started when there is nothing. */
    public Cell cell(long studentId, LessonId lesson) {
        return cells.getOrDefault(studentId, Map.of()).getOrDefault(lesson, Cell.NOT_STARTED);
    }
}
