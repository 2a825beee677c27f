package org.sourcebook.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sourcebook.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Login throttling as it must behave on every supported database, with the default settings:
 * 5 failures per account or 50 per address block for 1 minute, doubling up to 15 minutes.
 * Every test uses its own usernames and addresses.
 */
@SpringBootTest
abstract class LoginThrottleServiceContract {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    LoginThrottleService throttle;

    @Autowired
    LoginThrottleRepository repository;

    @Autowired
    MutableClock clock;

    @Test
    void fiveFailuresBlockTheAccountForAMinuteFromAnyAddress() {
        String username = unique("victim");
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(username, unique("10.0.0."));
        }
        assertThat(throttle.blockedFor(username, unique("10.0.1."))).isEmpty();

        throttle.recordFailure(username, unique("10.0.0."));

        assertThat(throttle.blockedFor(username, unique("10.0.2."))).contains(Duration.ofMinutes(1));
        assertThat(throttle.blockedFor(" " + username.toUpperCase() + " ", null))
                .as("the typed form of the same name")
                .contains(Duration.ofMinutes(1));
    }

    @Test
    void theBlockLiftsWhenItsTimeIsUp() {
        String username = unique("patient");
        failAccount(username, 5);

        clock.advance(Duration.ofSeconds(61));

        assertThat(throttle.blockedFor(username, null)).isEmpty();
    }

    @Test
    void furtherFailuresAfterTheBlockDoubleIt() {
        String username = unique("persistent");
        failAccount(username, 5);
        clock.advance(Duration.ofSeconds(61));

        failAccount(username, 1);

        assertThat(throttle.blockedFor(username, null)).contains(Duration.ofMinutes(2));
    }

    @Test
    void unknownUsernamesAreThrottledExactlyLikeRealOnes() {
        String neverCreated = unique("ghost");
        failAccount(neverCreated, 5);

        assertThat(throttle.blockedFor(neverCreated, null)).contains(Duration.ofMinutes(1));
    }

    @Test
    void successClearsTheAccountCounterButNotTheAddressCounter() {
        String username = unique("forgetful");
        String address = unique("192.0.2.");
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(username, address);
        }

        throttle.recordSuccess(username);
        throttle.recordFailure(username, address);

        assertThat(throttle.blockedFor(username, null)).as("account counter restarted at 1").isEmpty();
        assertThat(repository.findById("address:" + address))
                .hasValueSatisfying(entity -> assertThat(entity.state().failures()).isEqualTo(5));
    }

    @Test
    void fiftyFailuresFromOneAddressBlockThatAddressOnly() {
        String address = unique("198.51.100.");
        for (int i = 0; i < 50; i++) {
            throttle.recordFailure(unique("sprayed"), address);
        }

        assertThat(throttle.blockedFor(unique("anyone"), address)).contains(Duration.ofMinutes(1));
        assertThat(throttle.blockedFor(unique("anyone"), unique("203.0.113."))).isEmpty();
    }

    @Test
    void staleCountersAreForgotten() {
        String username = unique("stale");
        failAccount(username, 2);
        assertThat(repository.existsById("account:" + username)).isTrue();

        clock.advance(Duration.ofMinutes(16));
        throttle.forgetStaleCounters();

        assertThat(repository.existsById("account:" + username)).isFalse();
    }

    @Test
    void fiftyConcurrentWrongPasswordsGetAtMostFivePasswordChecksAndBlockTheAccount() throws Exception {
        String username = unique("raced");
        int concurrent = 50;
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger passwordChecks = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrent);
        try {
            List<Future<?>> logins = new ArrayList<>();
            for (int i = 0; i < concurrent; i++) {
                String address = unique("198.51.100.");
                logins.add(pool.submit(() -> {
                    start.await();
                    if (throttle.admit(username, address).isEmpty()) {
                        passwordChecks.incrementAndGet(); // the password was wrong
                        throttle.recordAdmittedFailure(address);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> login : logins) {
                login.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(passwordChecks.get()).isEqualTo(5);
        assertThat(throttle.blockedFor(username, null)).contains(Duration.ofMinutes(1));
        assertThat(throttle.admit(username, null)).contains(Duration.ofMinutes(1));
    }

    @Test
    void anAdmittedAttemptThatSucceedsLeavesNoCount() {
        String username = unique("good");
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.admit(username, null)).isEmpty();
            throttle.recordSuccess(username);
        }
        assertThat(repository.existsById("account:" + username)).isFalse();
    }

    private void failAccount(String username, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(username, null);
        }
    }

    private static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 1_000_000;
    }
}
