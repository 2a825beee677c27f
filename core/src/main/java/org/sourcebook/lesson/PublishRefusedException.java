package org.sourcebook.lesson;

import java.util.List;
import org.sourcebook.content.item.Problem;

/**
 * The lesson cannot be published yet. {@link #reasons()} carry stable codes: the lesson's own
 * {@code problems()} codes, and {@code lesson-item-missing} (an item that is gone or not the
 * teacher's), {@code lesson-item-not-accepted}, {@code lesson-deck-item-not-card},
 * {@code lesson-quiz-item-not-question}.
 */
public class PublishRefusedException extends RuntimeException {

    private final List<Problem> reasons;

    public PublishRefusedException(List<Problem> reasons) {
        super("The lesson cannot be published: " + reasons.stream().map(Problem::code).toList());
        this.reasons = List.copyOf(reasons);
    }

    public List<Problem> reasons() {
        return reasons;
    }
}
