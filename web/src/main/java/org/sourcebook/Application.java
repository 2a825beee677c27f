package org.sourcebook;

import org.sourcebook.cli.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.core.metrics.jfr.FlightRecorderApplicationStartup;

/**
 * Starts Sourcebook. The root package is shared by all modules, so core's beans are found too.
 * {@code draft ...} runs the command line instead, without Spring, and exits with its exit code.
 * With {@code -Dsourcebook.startup.jfr=true} (and a Flight Recorder recording) every start-up step
 * of Spring is recorded, so a slow start can be taken apart bean by bean (docs/performance.md).
 */
@SpringBootApplication
public class Application {

    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.run(args));
        }
        SpringApplication application = new SpringApplication(Application.class);
        if (Boolean.getBoolean("sourcebook.startup.jfr")) {
            application.setApplicationStartup(new FlightRecorderApplicationStartup());
        }
        application.run(args);
    }
}
