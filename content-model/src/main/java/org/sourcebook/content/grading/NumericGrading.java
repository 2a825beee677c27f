package org.sourcebook.content.grading;

import java.math.BigDecimal;
import java.util.List;
import org.sourcebook.content.item.Numeric;

/**
 * Numeric: 1 if the number lies within the question's tolerance of the correct value (bounds
 * included; exact when the tolerance is 0), else 0. Typed text is read by {@link LearnerNumber};
 * text that is not a number, or carries another unit, scores 0 with that reason.
 */
final class NumericGrading {

    private NumericGrading() {}

    static Grade grade(Numeric question, Response response) {
        if (response instanceof NumberResponse number) {
            return judge(question, List.of(number.value()));
        }
        if (!(response instanceof TextResponse text)) {
            return Grade.wrongShape(question, "a number", response);
        }
        if (TypedText.isBlank(text.text())) {
            return Grade.unanswered(question);
        }
        LearnerNumber typed = LearnerNumber.parse(text.text(), question.unit());
        return typed.problem() != null ? Grade.zero(question, typed.problem()) : judge(question, typed.readings());
    }

    private static Grade judge(Numeric question, List<BigDecimal> readings) {
        boolean right = readings.stream().anyMatch(value -> question.tolerance().accepts(question.value(), value));
        return Grade.of(question, right ? 1 : 0, List.of(new PartResult(PartResult.WHOLE_ANSWER, right)));
    }
}
