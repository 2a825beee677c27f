package org.sourcebook.content.review;

import java.time.Duration;
import java.time.Instant;

/**
 * One review as it happened: what was known before, the rating, and the schedule that followed.
 * Kept for every review, so a schedule can be explained and parameters re-fitted later.
 *
 * @param retrievability the predicted chance of recall at the review (1 for a new card)
 * @param interval the time until the card is due again
 */
public record ReviewLog(Rating rating, Instant reviewedAt, CardMemory before, CardMemory after, double retrievability,
        Duration interval) {}
