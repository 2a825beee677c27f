package org.sourcebook.ui.base.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Login refused without checking the password, because of recent failures. */
class LoginThrottledException extends AuthenticationException {

    LoginThrottledException(Duration remaining) {
        super("Login throttled for another " + remaining.toSeconds() + " s");
    }
}
