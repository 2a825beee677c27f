package org.sourcebook.content.grading;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.item.Problem;
import org.sourcebook.content.item.Question;

/**
 * The result of grading one response.
 *
 * @param score credit between 0 and 1 inclusive
 * @param parts which parts of the answer were right; empty when the response could not be
 *     graded part by part
 * @param feedback the question's feedback text, to show with the grade
 * @param reason why the response scored 0 without being compared part by part (no answer,
 *     wrong shape, not a number, unknown option...); null for an answer that was judged
 */
public record Grade(double score, List<PartResult> parts, String feedback, @Nullable Problem reason) {

    static final Problem NO_ANSWER = new Problem("no-answer", "no answer was given");
    static final Problem UNKNOWN_OPTION =
            new Problem("unknown-option", "the answer names an option the question does not have");

    public Grade {
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("A score lies between 0 and 1, was " + score);
        }
        parts = List.copyOf(parts);
        Objects.requireNonNull(feedback, "feedback must not be null (use an empty text)");
    }

    public Correctness correctness() {
        if (score == 1) {
            return Correctness.CORRECT;
        }
        return score == 0 ? Correctness.WRONG : Correctness.PARTIAL;
    }

    /** A judged answer to {@code question}. */
    static Grade of(Question question, double score, List<PartResult> parts) {
        return new Grade(Math.min(1, Math.max(0, score)), parts, question.info().feedback(), null);
    }

    /** Score 0 without judging parts, for {@code reason}. */
    static Grade zero(Question question, Problem reason) {
        return new Grade(0, List.of(), question.info().feedback(), reason);
    }

    /** A judged answer scored by the share of its parts that are correct. */
    static Grade ofCorrectShare(Question question, List<PartResult> parts) {
        return of(question, share(parts.stream().filter(PartResult::correct).count(), parts.size()), parts);
    }

    static Grade unanswered(Question question) {
        return zero(question, NO_ANSWER);
    }

    static Grade wrongShape(Question question, String expected, Response given) {
        return zero(question, new Problem("wrong-response-shape",
                "this question expects " + expected + ", not " + given.shape()));
    }

    /** {@code part / whole}, or 0 when there is no whole (an invalid question must not break grading). */
    static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
