package org.sourcebook.content.review;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * FSRS-6 spaced-repetition scheduling, implemented from the published algorithm: a power-law
 * forgetting curve whose decay is weight w20, difficulty and stability updated after each review,
 * same-day reviews handled by the short-term formula, and learning and relearning steps before
 * long intervals. Deterministic (no interval fuzz), so a schedule can always be replayed.
 */
public final class FsrsScheduler {

    private static final double MIN_STABILITY = 0.001;
    private static final double MIN_DIFFICULTY = 1;
    private static final double MAX_DIFFICULTY = 10;

    private final FsrsParameters parameters;
    private final double decay;
    private final double factor;

    public FsrsScheduler(FsrsParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "the scheduler needs parameters");
        this.decay = -parameters.w(20);
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    /** The chance that the card is recalled at {@code now}; 1 for a card never reviewed. */
    public double retrievability(CardMemory card, Instant now) {
        if (card.isNew()) {
            return 1;
        }
        return forgettingCurve(elapsedDays(card, now), card.stability());
    }

    /** The card's memory after a review rated {@code rating} at {@code now}, with the log of that review. */
    public ReviewLog review(CardMemory card, Rating rating, Instant now) {
        double recall = retrievability(card, now);
        Memory memory = nextMemory(card, rating, now, recall);
        Schedule schedule = switch (card.phase()) {
            case LEARNING -> stepped(card, rating, memory.stability(), parameters.learningSteps(), CardPhase.LEARNING);
            case RELEARNING -> stepped(card, rating, memory.stability(), parameters.relearningSteps(), CardPhase.RELEARNING);
            case REVIEW -> reviewed(rating, memory.stability());
        };
        boolean lapse = card.phase() == CardPhase.REVIEW && rating == Rating.AGAIN;
        var after = new CardMemory(schedule.phase(), schedule.step(), memory.stability(), memory.difficulty(),
                now.plus(schedule.interval()), now, card.reviews() + 1, card.lapses() + (lapse ? 1 : 0));
        return new ReviewLog(rating, now, card, after, recall, schedule.interval());
    }

    /** Days from a review to the time its recall probability falls to the desired retention. */
    public int intervalDays(double stability) {
        double days = stability / factor * (Math.pow(parameters.desiredRetention(), 1 / decay) - 1);
        return (int) Math.max(1, Math.min(parameters.maximumIntervalDays(), Math.round(days)));
    }

    private record Memory(double stability, double difficulty) {}

    private record Schedule(CardPhase phase, int step, Duration interval) {}

    private Memory nextMemory(CardMemory card, Rating rating, Instant now, double recall) {
        if (card.isNew()) {
            return new Memory(initialStability(rating), clampDifficulty(initialDifficulty(rating)));
        }
        boolean sameDay = elapsedDays(card, now) < 1;
        double stability;
        if (sameDay) {
            stability = shortTermStability(card.stability(), rating);
        } else if (rating == Rating.AGAIN) {
            stability = forgetStability(card.difficulty(), card.stability(), recall);
        } else {
            stability = recallStability(card.difficulty(), card.stability(), recall, rating);
        }
        return new Memory(clampStability(stability), nextDifficulty(card.difficulty(), rating));
    }

    /** Learning and relearning: short steps, then graduation to review. */
    private Schedule stepped(CardMemory card, Rating rating, double stability, List<Duration> steps, CardPhase phase) {
        if (steps.isEmpty() || card.step() >= steps.size() && rating != Rating.AGAIN) {
            return graduate(stability);
        }
        return switch (rating) {
            case AGAIN -> new Schedule(phase, 0, steps.get(0));
            case HARD -> new Schedule(phase, card.step(), hardStep(card.step(), steps));
            case GOOD -> card.step() + 1 >= steps.size() ? graduate(stability)
                    : new Schedule(phase, card.step() + 1, steps.get(card.step() + 1));
            case EASY -> graduate(stability);
        };
    }

    private static Duration hardStep(int step, List<Duration> steps) {
        if (step == 0 && steps.size() == 1) {
            return steps.get(0).multipliedBy(3).dividedBy(2);
        }
        if (step == 0) {
            return steps.get(0).plus(steps.get(1)).dividedBy(2);
        }
        return steps.get(step);
    }

    private Schedule reviewed(Rating rating, double stability) {
        if (rating == Rating.AGAIN && !parameters.relearningSteps().isEmpty()) {
            return new Schedule(CardPhase.RELEARNING, 0, parameters.relearningSteps().get(0));
        }
        return graduate(stability);
    }

    private Schedule graduate(double stability) {
        return new Schedule(CardPhase.REVIEW, 0, Duration.ofDays(intervalDays(stability)));
    }

    double forgettingCurve(double elapsedDays, double stability) {
        return Math.pow(1 + factor * elapsedDays / stability, decay);
    }

    double initialStability(Rating rating) {
        return clampStability(w(rating.grade() - 1));
    }

    /** D0(G) = w4 - e^(w5 (G - 1)) + 1, unclamped (mean reversion uses it so). */
    double initialDifficulty(Rating rating) {
        return w(4) - Math.exp(w(5) * (rating.grade() - 1)) + 1;
    }

    double nextDifficulty(double difficulty, Rating rating) {
        double delta = -w(6) * (rating.grade() - 3);
        double damped = difficulty + delta * (10 - difficulty) / 9;
        double reverted = w(7) * initialDifficulty(Rating.EASY) + (1 - w(7)) * damped;
        return clampDifficulty(reverted);
    }

    double shortTermStability(double stability, Rating rating) {
        double increase = Math.exp(w(17) * (rating.grade() - 3 + w(18))) * Math.pow(stability, -w(19));
        if (rating == Rating.GOOD || rating == Rating.EASY) {
            increase = Math.max(increase, 1);
        }
        return stability * increase;
    }

    double recallStability(double difficulty, double stability, double recall, Rating rating) {
        double hardPenalty = rating == Rating.HARD ? w(15) : 1;
        double easyBonus = rating == Rating.EASY ? w(16) : 1;
        return stability * (1 + Math.exp(w(8)) * (11 - difficulty) * Math.pow(stability, -w(9))
                * (Math.exp(w(10) * (1 - recall)) - 1) * hardPenalty * easyBonus);
    }

    double forgetStability(double difficulty, double stability, double recall) {
        double longTerm = w(11) * Math.pow(difficulty, -w(12)) * (Math.pow(stability + 1, w(13)) - 1)
                * Math.exp(w(14) * (1 - recall));
        double shortTermLimit = stability / Math.exp(w(17) * w(18));
        return Math.min(longTerm, shortTermLimit);
    }

    /** Whole days since the last review, as the FSRS reference counts them. */
    private static long elapsedDays(CardMemory card, Instant now) {
        return Math.max(0, Duration.between(card.lastReview(), now).toDays());
    }

    private double w(int index) {
        return parameters.w(index);
    }

    private static double clampStability(double stability) {
        return Math.max(MIN_STABILITY, stability);
    }

    private static double clampDifficulty(double difficulty) {
        return Math.max(MIN_DIFFICULTY, Math.min(MAX_DIFFICULTY, difficulty));
    }
}
