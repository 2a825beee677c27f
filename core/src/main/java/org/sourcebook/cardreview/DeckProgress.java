package org.sourcebook.cardreview;

import java.util.OptionalDouble;

/**
 * How far the student is with a lesson's fact cards.
 *
 * @param studied cards reviewed at least once
 * @param learned cards that graduated from the short learning steps to day-long intervals
 * @param retention the mean predicted chance of recalling a studied card now; empty before any review
 */
public record DeckProgress(int cards, int studied, int learned, OptionalDouble retention) {}
