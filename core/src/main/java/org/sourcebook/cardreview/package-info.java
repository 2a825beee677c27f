/**
 * Fact-card review on the FSRS-6 schedule: each student's memory of each card, the daily queue
 * across open decks, ratings and the review log.
 */
@NullMarked
package org.sourcebook.cardreview;

import org.jspecify.annotations.NullMarked;
