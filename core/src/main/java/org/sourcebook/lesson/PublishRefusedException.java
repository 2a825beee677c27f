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

    private final List<PublishBlocker> blockers;

    public PublishRefusedException(List<PublishBlocker> blockers) {
        super("The lesson cannot be published: " + blockers.stream().map(blocker -> blocker.problem().code()).toList());
        this.blockers = List.copyOf(blockers);
    }

    /** Each distinct reason once. */
    public List<Problem> reasons() {
        return blockers.stream().map(PublishBlocker::problem).distinct().toList();
    }

    /** Every blocking problem with the block and item it is about, in the lesson's order. */
    public List<PublishBlocker> blockers() {
        return blockers;
    }
}
