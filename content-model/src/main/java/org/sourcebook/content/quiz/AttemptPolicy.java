package org.sourcebook.content.quiz;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.item.Problem;
import org.sourcebook.content.lesson.QuizSettings;

/** When a student may start an attempt at a quiz, and when an attempt must end. */
public final class AttemptPolicy {

    static final Problem NOT_OPEN = new Problem("quiz-not-open", "the quiz is not open yet");
    static final Problem CLOSED = new Problem("quiz-closed", "the quiz has closed");
    static final Problem NO_ATTEMPTS_LEFT = new Problem("no-attempts-left", "no attempts are left");

    private AttemptPolicy() {}

    /** Why a new attempt cannot start at {@code now} after {@code attemptsMade}; empty when it can. */
    public static Optional<Problem> whyNotStart(QuizSettings settings, int attemptsMade, Instant now) {
        if (settings.opensAt() != null && now.isBefore(settings.opensAt())) {
            return Optional.of(NOT_OPEN);
        }
        if (settings.closesAt() != null && !now.isBefore(settings.closesAt())) {
            return Optional.of(CLOSED);
        }
        if (!settings.isUnlimited() && attemptsMade >= settings.attemptsAllowed()) {
            return Optional.of(NO_ATTEMPTS_LEFT);
        }
        return Optional.empty();
    }

    /**
     * When an attempt started at {@code startedAt} ends by itself: after the time limit, or when
     * the quiz closes, whichever comes first; null when neither applies. The server keeps this
     * time, so a student's clock or a closed tab cannot stretch it.
     */
    public static @Nullable Instant deadline(QuizSettings settings, Instant startedAt) {
        Instant byLimit = settings.timeLimit() == null ? null : startedAt.plus(settings.timeLimit());
        Instant byClosing = settings.closesAt();
        if (byLimit == null) {
            return byClosing;
        }
        return byClosing == null || byLimit.isBefore(byClosing) ? byLimit : byClosing;
    }
}
