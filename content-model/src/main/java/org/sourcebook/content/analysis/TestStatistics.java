package org.sourcebook.content.analysis;

import java.util.OptionalDouble;

/**
 * The statistics of a whole quiz over its attempts, every measure as a percentage of the maximum
 * total; a measure is empty where it cannot be computed, never NaN.
 *
 * @param attempts how many attempts were analysed
 * @param items how many items the quiz has
 * @param mean mean total
 * @param median median total
 * @param standardDeviation sample standard deviation of the totals
 * @param internalConsistency coefficient of internal consistency (Cronbach's alpha, as Moodle's CIC):
 *     {@code k/(k-1) * (1 - sum of item variances / variance of totals)}, in %
 */
public record TestStatistics(int attempts, int items, OptionalDouble mean, OptionalDouble median,
        OptionalDouble standardDeviation, OptionalDouble internalConsistency) {}
