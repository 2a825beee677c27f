package org.sourcebook.plain;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The smallest Vaadin Spring Boot application: the start-up yardstick Sourcebook is compared with. */
@SpringBootApplication
public class PlainApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlainApplication.class, args);
    }
}
