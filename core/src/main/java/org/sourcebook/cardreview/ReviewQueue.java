package org.sourcebook.cardreview;

import java.util.List;

/**
 * Today's reviews: cards that are due (soonest first), then new cards up to the daily limit.
 *
 * @param due how many of {@code cards} were reviewed before and are due
 * @param fresh how many of {@code cards} are new
 */
public record ReviewQueue(List<ReviewCard> cards, int due, int fresh) {

    public ReviewQueue {
        cards = List.copyOf(cards);
    }

    public boolean isEmpty() {
        return cards.isEmpty();
    }
}
