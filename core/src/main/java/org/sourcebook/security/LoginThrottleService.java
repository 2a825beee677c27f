package org.sourcebook.security;

import jakarta.annotation.security.PermitAll;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed logins per typed username and per client address, and says when further attempts
 * must be refused. Unknown usernames are counted exactly like real ones, so the answer never
 * reveals whether an account exists. Counters live in the database, shared by all app instances.
 *
 * <p>Its methods run before anyone is signed in, hence {@code @PermitAll}.
 */
@Service
@EnableConfigurationProperties(LoginThrottleProperties.class)
public class LoginThrottleService {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottleService.class);
    private static final int MAX_KEY_LENGTH = 200;
    private static final int ATTEMPTS_ON_CONCURRENT_UPDATE = 3;

    private final LoginThrottleRepository throttles;
    private final LoginThrottleProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    LoginThrottleService(
            LoginThrottleRepository throttles,
            LoginThrottleProperties properties,
            TransactionTemplate transactions,
            Clock clock) {
        this.throttles = throttles;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** How long logins for this username or from this address stay refused; empty if allowed. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<Duration> blockedFor(String typedUsername, @Nullable String address) {
        Instant now = clock.instant();
        return Stream.of(accountKey(typedUsername), addressKey(address))
                .flatMap(key -> key == null ? Stream.empty() : throttles.findById(key).stream())
                .flatMap(entity -> entity.state().remainingBlock(now).stream())
                .max(Comparator.naturalOrder());
    }

    /**
     * Lets one login attempt through to the password check, or says how long it is refused.
     *
     * <p>An admitted attempt is counted against the account as a failure <em>before</em> the
     * password is checked, in the same locked transaction that looks for a block. Checking first
     * and counting after the password check would let concurrent attempts all pass the check
     * before any of them is counted; this way at most {@code account-failures-before-block}
     * passwords are ever checked per block period. The caller reports the outcome with
     * {@link #recordSuccess} (which clears the count again) or {@link #recordAdmittedFailure}.
     */
    @PermitAll
    public Optional<Duration> admit(String typedUsername, @Nullable String address) {
        String addressKey = addressKey(address);
        Instant now = clock.instant();
        Optional<Duration> addressBlock = addressKey == null ? Optional.empty()
                : throttles.findById(addressKey).flatMap(entity -> entity.state().remainingBlock(now));
        if (addressBlock.isPresent()) {
            return addressBlock;
        }
        String accountKey = accountKey(typedUsername);
        for (int attempt = 1; ; attempt++) {
            try {
                return Objects.requireNonNull(
                        transactions.execute(tx -> admitOnce(accountKey, properties.accountPolicy())));
            } catch (ConcurrencyFailureException | DataIntegrityViolationException concurrentUpdate) {
                if (attempt == ATTEMPTS_ON_CONCURRENT_UPDATE) {
                    log.warn("Could not count a login attempt for {}; refusing it", accountKey);
                    return Optional.of(properties.firstBlock());
                }
            }
        }
    }

    /**
     * Counts the failure of an attempt {@link #admit admitted} earlier against the client address
     * (the account was counted on admission).
     */
    @PermitAll
    public void recordAdmittedFailure(@Nullable String address) {
        String addressKey = addressKey(address);
        if (addressKey != null) {
            count(addressKey, properties.addressPolicy());
        }
    }

    /** Counts a failed login (wrong password or unknown username). */
    @PermitAll
    public void recordFailure(String typedUsername, @Nullable String address) {
        count(accountKey(typedUsername), properties.accountPolicy());
        String addressKey = addressKey(address);
        if (addressKey != null) {
            count(addressKey, properties.addressPolicy());
        }
    }

    /**
     * Clears the account's counter after a successful login. The address counter is kept: one
     * good login must not reset the count for everyone else behind that address.
     */
    @PermitAll
    @Transactional
    public void recordSuccess(String typedUsername) {
        throttles.deleteById(accountKey(typedUsername));
    }

    @Scheduled(fixedDelayString = "${sourcebook.login-throttle.cleanup-interval:PT1H}")
    @Transactional
    void forgetStaleCounters() {
        Instant now = clock.instant();
        int deleted = throttles.deleteStale(now.minus(properties.forgetAfter()), now);
        log.debug("Forgot {} stale login-throttle counters", deleted);
    }

    private void count(String key, LoginThrottlePolicy policy) {
        for (int attempt = 1; ; attempt++) {
            try {
                transactions.executeWithoutResult(tx -> countOnce(key, policy));
                return;
            } catch (ConcurrencyFailureException | DataIntegrityViolationException concurrentUpdate) {
                if (attempt == ATTEMPTS_ON_CONCURRENT_UPDATE) {
                    log.warn("Could not count a failed login for {} after {} attempts", key, attempt);
                    return;
                }
            }
        }
    }

    private Optional<Duration> admitOnce(String key, LoginThrottlePolicy policy) {
        Instant now = clock.instant();
        Optional<LoginThrottleEntity> existing = throttles.findLocked(key);
        Optional<Duration> blocked = existing.flatMap(entity -> entity.state().remainingBlock(now));
        if (blocked.isPresent()) {
            return blocked;
        }
        ThrottleState next = policy.afterFailure(existing.map(LoginThrottleEntity::state).orElse(null), now);
        existing.ifPresentOrElse(
                entity -> entity.update(next), () -> throttles.saveAndFlush(new LoginThrottleEntity(key, next)));
        return Optional.empty();
    }

    private void countOnce(String key, LoginThrottlePolicy policy) {
        Instant now = clock.instant();
        var existing = throttles.findById(key);
        ThrottleState next = policy.afterFailure(existing.map(LoginThrottleEntity::state).orElse(null), now);
        existing.ifPresentOrElse(
                entity -> entity.update(next), () -> throttles.saveAndFlush(new LoginThrottleEntity(key, next)));
    }

    private static String accountKey(String typedUsername) {
        String canonical = Normalizer.normalize(typedUsername.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return limit("account:" + canonical);
    }

    private static @Nullable String addressKey(@Nullable String address) {
        return address == null || address.isBlank() ? null : limit("address:" + address.strip());
    }

    private static String limit(String key) {
        return key.length() <= MAX_KEY_LENGTH ? key : key.substring(0, MAX_KEY_LENGTH);
    }
}
