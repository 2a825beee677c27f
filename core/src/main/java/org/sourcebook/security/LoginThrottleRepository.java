package org.sourcebook.security;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LoginThrottleRepository extends JpaRepository<LoginThrottleEntity, String> {

    /** The counter, locked until the transaction ends, so concurrent logins for one key take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from LoginThrottleEntity t where t.key = :key")
    Optional<LoginThrottleEntity> findLocked(String key);

    @Modifying
    @Query("delete from LoginThrottleEntity t where t.lastFailureAt < :lastFailureBefore"
            + " and (t.blockedUntil is null or t.blockedUntil < :now)")
    int deleteStale(Instant lastFailureBefore, Instant now);
}
