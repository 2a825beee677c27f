package org.sourcebook.account;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashes are BCrypt, stored with an {@code {bcrypt}} prefix so a later change of
 * algorithm can upgrade hashes at the next login instead of locking everyone out.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    static final int MINIMUM_BCRYPT_STRENGTH = 10;

    @Bean
    PasswordEncoder passwordEncoder(@Value("${sourcebook.security.bcrypt-strength:12}") int strength) {
        if (strength < MINIMUM_BCRYPT_STRENGTH) {
            throw new IllegalStateException("sourcebook.security.bcrypt-strength must be at least "
                    + MINIMUM_BCRYPT_STRENGTH + ", was " + strength);
        }
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
    }
}
