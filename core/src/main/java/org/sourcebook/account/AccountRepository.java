package org.sourcebook.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.sourcebook.content.account.Role;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<AccountEntity, Long>, JpaSpecificationExecutor<AccountEntity> {

    Optional<AccountEntity> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("select a.id from AccountEntity a where a.username = :username")
    Optional<Long> findIdByUsername(String username);

    @Query("select count(a) > 0 from AccountEntity a join a.roles r where r = :role")
    boolean existsWithRole(Role role);

    @Query("select count(a) from AccountEntity a join a.roles r where r = :role and a.enabled = true")
    long countEnabledWithRole(Role role);

    @Query("select count(a) from AccountEntity a join a.roles r where r = :role")
    long countWithRole(Role role);

    /** One row per role (one row with a null role if it has none): {@code [enabled, role]}. */
    @Query("select a.enabled, r from AccountEntity a left join a.roles r where a.username = :username")
    List<Object[]> findEnabledAndRolesByUsername(String username);

    @Query("select a.mustChangePassword from AccountEntity a where a.username = :username")
    Optional<Boolean> findMustChangePasswordByUsername(String username);

    @Query("select a.username from AccountEntity a where a.username in :usernames")
    List<String> findExistingUsernames(Collection<String> usernames);
}
