package org.sourcebook.ui.base.security;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sourcebook.security.LoginThrottleService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password login with throttling: refuses attempts while the typed username or the client address
 * is blocked (the password is not even checked), counts wrong passwords and unknown usernames
 * alike, and clears the account's counter after a success.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final LoginThrottleService throttle;
    private final AuthenticationProvider passwords;

    ThrottledAuthenticationProvider(LoginThrottleService throttle, AuthenticationProvider passwords) {
        this.throttle = throttle;
        this.passwords = passwords;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = clientAddress(attempt);
        Optional<Duration> blocked = throttle.admit(username, address);
        if (blocked.isPresent()) {
            throw new LoginThrottledException(blocked.get());
        }
        try {
            Authentication result = passwords.authenticate(attempt);
            throttle.recordSuccess(username);
            return result;
        } catch (BadCredentialsException wrongNameOrPassword) {
            throttle.recordAdmittedFailure(address);
            throw wrongNameOrPassword;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static @Nullable String clientAddress(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
