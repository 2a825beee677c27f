package org.sourcebook.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Core wiring. Method security is on so that every service entry point can state which role it
 * needs ({@code @RolesAllowed}, {@code @PreAuthorize}); views check too, but services are the
 * last line.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
@EnableScheduling
class CoreConfiguration {

    /** Services take the time from this clock so tests can move it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
