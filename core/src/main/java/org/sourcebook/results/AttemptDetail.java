package org.sourcebook.results;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.grading.Grade;
import org.sourcebook.content.grading.Response;
import org.sourcebook.content.item.ChoiceOption;
import org.sourcebook.content.item.Question;
import org.sourcebook.content.lesson.LessonId;

/** One submitted attempt question by question, graded against the questions it was taken with. */
public record AttemptDetail(LessonId lesson, AttemptLine line, List<AnsweredQuestion> questions) {

    /**
     * A question of the attempt, the student's answer (null if none) and its grade.
     *
     * @param optionsAsShown a choice question's options in the order the student saw them (the
     *     quiz may shuffle them); empty for other kinds
     */
    public record AnsweredQuestion(Question question, @Nullable Response response, Grade grade,
            List<ChoiceOption> optionsAsShown) {

        public AnsweredQuestion {
            optionsAsShown = List.copyOf(optionsAsShown);
        }
    }

    public AttemptDetail {
        questions = List.copyOf(questions);
    }
}
