package org.sourcebook;

import org.sourcebook.testsupport.MutableClock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The Spring Boot configuration for core's tests (core itself has no application class). */
@SpringBootApplication
public class CoreTestApplication {

    /** One clock for all core tests; tests move it instead of sleeping. */
    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock();
    }
}
