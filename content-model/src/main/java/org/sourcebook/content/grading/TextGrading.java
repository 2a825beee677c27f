package org.sourcebook.content.grading;

import java.util.List;
import java.util.stream.IntStream;
import org.sourcebook.content.item.Cloze;
import org.sourcebook.content.item.Problem;
import org.sourcebook.content.item.ShortAnswer;

/**
 * Short answer: 1 if the typed text matches any accepted answer (see {@link TypedText}), else 0.
 * Cloze: each gap is judged like a short answer; the score is the share of correct gaps.
 */
final class TextGrading {

    private static final Problem TOO_MANY_GAP_ANSWERS =
            new Problem("too-many-gap-answers", "the answer fills more gaps than the text has");

    private TextGrading() {}

    static Grade grade(ShortAnswer question, Response response) {
        if (!(response instanceof TextResponse text)) {
            return Grade.wrongShape(question, "a text", response);
        }
        if (TypedText.isBlank(text.text())) {
            return Grade.unanswered(question);
        }
        boolean right = TypedText.matchesAny(question.acceptedAnswers(), text.text(), question.comparison());
        return Grade.of(question, right ? 1 : 0, List.of(new PartResult(PartResult.WHOLE_ANSWER, right)));
    }

    static Grade grade(Cloze question, Response response) {
        if (!(response instanceof GapResponse gaps)) {
            return Grade.wrongShape(question, "gap answers", response);
        }
        List<String> answers = gaps.answers();
        if (answers.size() > question.gaps().size()) {
            return Grade.zero(question, TOO_MANY_GAP_ANSWERS);
        }
        if (answers.stream().allMatch(TypedText::isBlank)) {
            return Grade.unanswered(question);
        }
        List<PartResult> parts = IntStream.range(0, question.gaps().size())
                .mapToObj(index -> new PartResult(String.valueOf(index + 1), TypedText.matchesAny(
                        question.gaps().get(index).acceptedAnswers(),
                        index < answers.size() ? answers.get(index) : "",
                        question.comparison())))
                .toList();
        return Grade.ofCorrectShare(question, parts);
    }
}
