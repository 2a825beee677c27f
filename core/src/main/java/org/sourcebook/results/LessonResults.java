package org.sourcebook.results;

import java.util.List;
import org.sourcebook.content.lesson.LessonId;

/** The results of every quiz of one of the teacher's lessons. */
public record LessonResults(LessonId lesson, String title, AttemptSelection selection, List<QuizResults> quizzes) {

    public LessonResults {
        quizzes = List.copyOf(quizzes);
    }
}
