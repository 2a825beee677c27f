package org.sourcebook.persistence;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Serialises one person's writes that must not interleave (two tabs starting an attempt at the
 * same moment, two first reviews of one card) by locking their account row until the surrounding
 * transaction ends. Other people are not held up.
 */
@Component
public class AccountLock {

    private final JdbcTemplate jdbc;

    AccountLock(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Must run inside a transaction. */
    public void lock(long accountId) {
        jdbc.queryForList("select id from user_account where id = ? for update", Long.class, accountId);
    }
}
