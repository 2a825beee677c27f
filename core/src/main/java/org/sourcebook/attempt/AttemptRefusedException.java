package org.sourcebook.attempt;

import org.sourcebook.content.item.Problem;

/** A new attempt may not start; {@link #problem()} says why ({@code quiz-not-open}, {@code quiz-closed}, {@code no-attempts-left}). */
public class AttemptRefusedException extends RuntimeException {

    private final Problem problem;

    public AttemptRefusedException(Problem problem) {
        super(problem.message());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
