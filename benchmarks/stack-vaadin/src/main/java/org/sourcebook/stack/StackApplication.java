package org.sourcebook.stack;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Vaadin starter with Sourcebook's infrastructure (security, JPA, Flyway, actuator) and nothing of
 * its application: the start-up yardstick that separates the stack's cost from the application's.
 */
@SpringBootApplication
public class StackApplication {

    public static void main(String[] args) {
        SpringApplication.run(StackApplication.class, args);
    }
}
