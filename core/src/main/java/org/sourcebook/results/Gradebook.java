package org.sourcebook.results;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sourcebook.account.StudentRef;
import org.sourcebook.attempt.AttemptSummary;
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
     * @param made every attempt the student started at the lesson's quizzes, running ones included,
     *     by quiz (in the lesson's order, quizzes since removed last) and attempt number
     */
    public record Cell(@Nullable Double grade, GradebookState state, List<Attempt> made) {

        static final Cell NOT_STARTED = new Cell(null, GradebookState.NOT_STARTED, List.of());

        public Cell {
            made = List.copyOf(made);
        }

        /** How many attempts the student started at the lesson's quizzes. */
        public int attempts() {
            return made.size();
        }
    }

    /**
     * One attempt in a cell, for the teacher to pick one to open.
     *
     * @param quiz the quiz's position among the lesson's quizzes, from 1; 0 for a quiz since removed from the lesson
     */
    public record Attempt(int quiz, AttemptSummary summary) {}

    /** The cell of the student at the lesson; not started when there is nothing. */
    public Cell cell(long studentId, LessonId lesson) {
        return cells.getOrDefault(studentId, Map.of()).getOrDefault(lesson, Cell.NOT_STARTED);
    }
}
