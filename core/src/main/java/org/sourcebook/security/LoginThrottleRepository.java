package org.sourcebook.security;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LoginThrottleRepository extends JpaRepository<LoginThrottleEntity, String> {

    @Modifying
    @Query("delete from LoginThrottleEntity t where t.lastFailureAt < :lastFailureBefore"
            + " and (t.blockedUntil is null or t.blockedUntil < :now)")
    int deleteStale(Instant lastFailureBefore, Instant now);
}
