package org.sourcebook.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code sourcebook.login-throttle}. Per-address limits are higher than
 * per-account ones because a whole school often shares one public address.
 */
@ConfigurationProperties("sourcebook.login-throttle")
public record LoginThrottleProperties(
        @DefaultValue("5") int accountFailuresBeforeBlock,
        @DefaultValue("50") int addressFailuresBeforeBlock,
        @DefaultValue("1m") Duration firstBlock,
        @DefaultValue("15m") Duration maxBlock,
        @DefaultValue("15m") Duration forgetAfter) {

    LoginThrottlePolicy accountPolicy() {
        return new LoginThrottlePolicy(accountFailuresBeforeBlock, firstBlock, maxBlock, forgetAfter);
    }

    LoginThrottlePolicy addressPolicy() {
        return new LoginThrottlePolicy(addressFailuresBeforeBlock, firstBlock, maxBlock, forgetAfter);
    }
}
