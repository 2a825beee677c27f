package org.sourcebook.ui.student;

import org.sourcebook.attempt.AttemptId;
import org.sourcebook.content.lesson.LessonId;

/** Addresses of the student pages, in one place so pages link to each other without knowing their classes. */
public final class StudentRoutes {

    public static final String LESSON = "student/lessons/:lessonId";
    public static final String ATTEMPT = "student/attempts/:attemptId";
    public static final String ATTEMPT_REVIEW = "student/attempts/:attemptId/review";
    public static final String CARD_REVIEW = "student/review";
    public static final String PROGRESS = "student/progress";

    private StudentRoutes() {}

    public static String lesson(LessonId id) {
        return "student/lessons/" + id;
    }

    public static String attempt(AttemptId id) {
        return "student/attempts/" + id;
    }

    public static String attemptReview(AttemptId id) {
        return "student/attempts/" + id + "/review";
    }
}
