package org.sourcebook.security;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * When failed logins lead to a block, and for how long.
 *
 * <p>The {@code failuresBeforeBlock}-th failure blocks the key for {@code firstBlock}; every
 * further failure doubles the block, up to {@code maxBlock}. Failures are forgotten once
 * {@code forgetAfter} has passed since the last one and no block is in force. Attempts refused
 * while blocked are not failures (the password is never checked), so an attacker cannot stretch
 * a block beyond {@code maxBlock} per try.
 */
public record LoginThrottlePolicy(
        int failuresBeforeBlock, Duration firstBlock, Duration maxBlock, Duration forgetAfter) {

    private static final int MAX_DOUBLINGS = 30;

    public LoginThrottlePolicy {
        if (failuresBeforeBlock < 1) {
            throw new IllegalArgumentException("failuresBeforeBlock must be at least 1");
        }
        if (firstBlock.isNegative() || firstBlock.isZero() || maxBlock.compareTo(firstBlock) < 0) {
            throw new IllegalArgumentException("Blocks must be positive and maxBlock >= firstBlock");
        }
    }

    /** The state after one more failed login at {@code now}. */
    public ThrottleState afterFailure(@Nullable ThrottleState previous, Instant now) {
        int failures = isFresh(previous, now) ? previous.failures() + 1 : 1;
        Instant blockedUntil = failures >= failuresBeforeBlock ? now.plus(blockLength(failures)) : null;
        return new ThrottleState(failures, now, blockedUntil);
    }

    /** Whether {@code state} still counts at {@code now}; stale states may be deleted. */
    public boolean isFresh(@Nullable ThrottleState state, Instant now) {
        return state != null
                && (state.remainingBlock(now).isPresent()
                        || state.lastFailureAt().plus(forgetAfter).isAfter(now));
    }

    private Duration blockLength(int failures) {
        int doublings = Math.min(failures - failuresBeforeBlock, MAX_DOUBLINGS);
        Duration doubled = firstBlock.multipliedBy(1L << doublings);
        return doubled.compareTo(maxBlock) > 0 ? maxBlock : doubled;
    }
}
