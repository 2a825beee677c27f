package org.sourcebook;

import org.sourcebook.cli.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts Sourcebook. The root package is shared by all modules, so core's beans are found too.
 * {@code draft ...} runs the command line instead, without Spring, and exits with its exit code.
 */
@SpringBootApplication
public class Application {

    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.run(args));
        }
        SpringApplication.run(Application.class, args);
    }
}
