package org.sourcebook.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Recent failed logins for one key: how many, the last one, and any block in force. */
public record ThrottleState(int failures, Instant lastFailureAt, @Nullable Instant blockedUntil) {

    /** How long logins for this key stay refused, if they are refused at {@code now}. */
    public Optional<Duration> remainingBlock(Instant now) {
        if (blockedUntil == null || !blockedUntil.isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, blockedUntil));
    }
}
