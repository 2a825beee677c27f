package org.sourcebook.attempt;

import org.sourcebook.content.lesson.LessonId;

/**
 * A running attempt had no questions (its quiz's questions had all been flagged or removed when it
 * started, before such starts were refused). It has been set aside, holding nothing; the student
 * goes back to the lesson, where the quiz says whether a new attempt can start.
 */
public class AttemptWithoutQuestionsException extends NoSuchAttemptException {

    private final LessonId lesson;

    public AttemptWithoutQuestionsException(AttemptId id, LessonId lesson) {
        super(id);
        this.lesson = lesson;
    }

    /** The lesson the attempt's quiz belongs to. */
    public LessonId lesson() {
        return lesson;
    }
}
