package org.sourcebook.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginThrottlePolicyTest {

    private static final Instant T0 = Instant.parse("2026-02-26T08:00:00Z");
    private final LoginThrottlePolicy policy =
            new LoginThrottlePolicy(5, Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofMinutes(15));

    @ParameterizedTest(name = "failure {0} blocks for {1} minutes")
    @CsvSource({"1, 0", "4, 0", "5, 1", "6, 2", "7, 4", "8, 8", "9, 15", "40, 15", "100, 15"})
    void blockStartsAtTheThresholdAndDoublesUpToTheMaximum(int failures, long expectedMinutes) {
        ThrottleState state = failTimes(failures, T0);
        assertThat(state.failures()).isEqualTo(failures);
        assertThat(state.remainingBlock(T0).orElse(Duration.ZERO)).isEqualTo(Duration.ofMinutes(expectedMinutes));
    }

    @Test
    void blockEndsWhenItsTimeIsUp() {
        ThrottleState state = failTimes(5, T0);
        assertThat(state.remainingBlock(T0.plusSeconds(59))).contains(Duration.ofSeconds(1));
        assertThat(state.remainingBlock(T0.plusSeconds(60))).isEmpty();
    }

    @Test
    void failuresAreForgottenAfterAQuietPeriod() {
        ThrottleState state = failTimes(4, T0);
        ThrottleState afterQuiet = policy.afterFailure(state, T0.plus(Duration.ofMinutes(16)));
        assertThat(afterQuiet.failures()).isEqualTo(1);
        assertThat(afterQuiet.blockedUntil()).isNull();
    }

    @Test
    void failuresWithinTheQuietPeriodKeepCounting() {
        ThrottleState state = failTimes(4, T0);
        ThrottleState next = policy.afterFailure(state, T0.plus(Duration.ofMinutes(14)));
        assertThat(next.failures()).isEqualTo(5);
        assertThat(next.blockedUntil()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
    }

    @Test
    void aStateUnderABlockIsFreshEvenPastTheQuietPeriod() {
        var longBlockPolicy =
                new LoginThrottlePolicy(1, Duration.ofMinutes(30), Duration.ofMinutes(30), Duration.ofMinutes(15));
        ThrottleState state = longBlockPolicy.afterFailure(null, T0);
        assertThat(longBlockPolicy.isFresh(state, T0.plus(Duration.ofMinutes(20)))).isTrue();
        assertThat(longBlockPolicy.isFresh(state, T0.plus(Duration.ofMinutes(31)))).isFalse();
    }

    @Test
    void rejectsSettingsThatCannotWork() {
        assertThatThrownBy(() -> new LoginThrottlePolicy(0, Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ZERO))
                .hasMessageContaining("failuresBeforeBlock");
        assertThatThrownBy(() -> new LoginThrottlePolicy(3, Duration.ofMinutes(5), Duration.ofMinutes(1), Duration.ZERO))
                .hasMessageContaining("maxBlock >= firstBlock");
    }

    private ThrottleState failTimes(int times, Instant at) {
        ThrottleState state = null;
        for (int i = 0; i < times; i++) {
            state = policy.afterFailure(state, at);
        }
        return state;
    }
}
