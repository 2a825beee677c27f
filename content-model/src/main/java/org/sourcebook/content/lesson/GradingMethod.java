package org.sourcebook.content.lesson;

import java.util.List;
import java.util.OptionalDouble;

/** Which score counts when a student makes several attempts at a quiz. */
public enum GradingMethod {
    HIGHEST,
    AVERAGE,
    FIRST,
    LAST;

    /**
     * The score that counts, from the attempts' scores in the order the attempts were made.
     *
     * @return empty when there are no attempts (no grade yet, which is not the same as 0)
     */
    public OptionalDouble combine(List<Double> scoresInAttemptOrder) {
        if (scoresInAttemptOrder.isEmpty()) {
            return OptionalDouble.empty();
        }
        return switch (this) {
            case HIGHEST -> scoresInAttemptOrder.stream().mapToDouble(Double::doubleValue).max();
            case AVERAGE -> scoresInAttemptOrder.stream().mapToDouble(Double::doubleValue).average();
            case FIRST -> OptionalDouble.of(scoresInAttemptOrder.get(0));
            case LAST -> OptionalDouble.of(scoresInAttemptOrder.get(scoresInAttemptOrder.size() - 1));
        };
    }
}
