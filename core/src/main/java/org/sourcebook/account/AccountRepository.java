package org.sourcebook.account;

import java.util.Optional;
import org.sourcebook.content.account.Role;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<AccountEntity, Long> {

    Optional<AccountEntity> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("select a.id from AccountEntity a where a.username = :username")
    Optional<Long> findIdByUsername(String username);

    @Query("select count(a) > 0 from AccountEntity a join a.roles r where r = :role")
    boolean existsWithRole(Role role);
}
