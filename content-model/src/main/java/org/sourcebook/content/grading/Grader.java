package org.sourcebook.content.grading;

import org.sourcebook.content.item.ChoiceQuestion;
import org.sourcebook.content.item.Cloze;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.Matching;
import org.sourcebook.content.item.Numeric;
import org.sourcebook.content.item.Ordering;
import org.sourcebook.content.item.Question;
import org.sourcebook.content.item.ShortAnswer;

/**
 * Grades a response to any kind of question, by the rules of that kind (see each grader and
 * {@code docs/grading.md}). Never throws for a response: one of the wrong shape, empty, or naming
 * options the question does not have scores 0 with a {@link Grade#reason()}. Invalid questions
 * (e.g. without options) are graded as they stand and never cause an exception either.
 */
public final class Grader {

    private Grader() {}

    /** The grade of a question left unanswered: 0, with the reason "no answer". */
    public static Grade unanswered(Question question) {
        return Grade.unanswered(question);
    }

    public static Grade grade(Question question, Response response) {
        if (question instanceof ChoiceQuestion choice) {
            return ChoiceGrading.grade(choice, response);
        }
        if (question instanceof ShortAnswer shortAnswer) {
            return TextGrading.grade(shortAnswer, response);
        }
        if (question instanceof Cloze cloze) {
            return TextGrading.grade(cloze, response);
        }
        if (question instanceof Numeric numeric) {
            return NumericGrading.grade(numeric, response);
        }
        if (question instanceof Matching matching) {
            return MatchingGrading.grade(matching, response);
        }
        if (question instanceof Ordering ordering) {
            return OrderingGrading.grade(ordering, response);
        }
        throw new IllegalStateException("No grading rule for " + question.kind());
    }

    /**
     * Grades {@code item} if it is a question.
     *
     * @throws IllegalArgumentException for a fact card: cards are reviewed on a spaced-repetition
     *     schedule, not graded
     */
    public static Grade grade(Item item, Response response) {
        if (item instanceof Question question) {
            return grade(question, response);
        }
        throw new IllegalArgumentException("Fact cards are not graded: they are reviewed with spaced repetition");
    }
}
