package org.sourcebook.content.review;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the scheduler knows about one student's memory of one card.
 *
 * @param step the learning or relearning step the card is on (0 in review)
 * @param stability days until recall probability falls to 90%; 0 before the first review
 * @param difficulty 1 (easy) to 10 (hard); 0 before the first review
 * @param due when the card should be reviewed next
 * @param lastReview when it was last reviewed, or null if never
 * @param reviews how many times it was reviewed
 * @param lapses how many times it was forgotten after it had graduated to review
 */
public record CardMemory(
        CardPhase phase,
        int step,
        double stability,
        double difficulty,
        Instant due,
        @Nullable Instant lastReview,
        int reviews,
        int lapses) {

    public CardMemory {
        Objects.requireNonNull(phase, "a card needs a phase");
        Objects.requireNonNull(due, "a card needs a due time");
    }

    /** A card never reviewed, due at {@code now}. */
    public static CardMemory fresh(Instant now) {
        return new CardMemory(CardPhase.LEARNING, 0, 0, 0, now, null, 0, 0);
    }

    public boolean isNew() {
        return lastReview == null;
    }

    public boolean isDue(Instant now) {
        return !due.isAfter(now);
    }
}
