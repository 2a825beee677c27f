package org.sourcebook.cardreview;

import org.sourcebook.content.review.CardMemory;

/**
 * The card's memory after a rating, and whether this rating was applied (false when the same
 * review had been rated already, e.g. by a second click or in another tab).
 */
public record Rated(CardMemory memory, boolean applied) {}
