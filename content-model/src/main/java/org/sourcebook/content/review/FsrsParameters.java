package org.sourcebook.content.review;

import java.time.Duration;
import java.util.List;

/**
 * The settings of the FSRS-6 scheduler.
 *
 * @param weights the 21 model weights w0..w20
 * @param desiredRetention the recall probability at which a card falls due, in (0, 1)
 * @param learningSteps short steps for a new card before it graduates to review
 * @param relearningSteps short steps after a lapse
 * @param maximumIntervalDays the longest interval the scheduler gives
 */
public record FsrsParameters(List<Double> weights, double desiredRetention, List<Duration> learningSteps,
        List<Duration> relearningSteps, int maximumIntervalDays) {

    /** FSRS-6's published default weights, trained on a large public set of reviews. */
    public static final List<Double> DEFAULT_WEIGHTS = List.of(0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,
            1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);

    /** Default weights, 90% desired retention, steps of 1 and 10 minutes, relearning 10 minutes, at most 100 years. */
    public static final FsrsParameters DEFAULTS = new FsrsParameters(DEFAULT_WEIGHTS, 0.9,
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), List.of(Duration.ofMinutes(10)), 36_500);

    public FsrsParameters {
        weights = List.copyOf(weights);
        learningSteps = List.copyOf(learningSteps);
        relearningSteps = List.copyOf(relearningSteps);
        if (weights.size() != 21) {
            throw new IllegalArgumentException("FSRS-6 needs 21 weights, got " + weights.size());
        }
        if (!(desiredRetention > 0 && desiredRetention < 1)) {
            throw new IllegalArgumentException("Desired retention must lie strictly between 0 and 1, was " + desiredRetention);
        }
        if (maximumIntervalDays < 1) {
            throw new IllegalArgumentException("The maximum interval must be at least one day");
        }
    }

    public FsrsParameters withDesiredRetention(double retention) {
        return new FsrsParameters(weights, retention, learningSteps, relearningSteps, maximumIntervalDays);
    }

    double w(int index) {
        return weights.get(index);
    }
}
