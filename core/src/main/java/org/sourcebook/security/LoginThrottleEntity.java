package org.sourcebook.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "login_throttle")
class LoginThrottleEntity {

    @Id
    @Column(name = "throttle_key", length = 200)
    private String key;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "blocked_until")
    private @Nullable Instant blockedUntil;

    @Version
    private @Nullable Long version;

    protected LoginThrottleEntity() {
        this.key = "";
        this.lastFailureAt = Instant.EPOCH;
    }

    LoginThrottleEntity(String key, ThrottleState state) {
        this.key = key;
        update(state);
    }

    ThrottleState state() {
        return new ThrottleState(failures, lastFailureAt, blockedUntil);
    }

    void update(ThrottleState state) {
        this.failures = state.failures();
        this.lastFailureAt = state.lastFailureAt();
        this.blockedUntil = state.blockedUntil();
    }
}
