package org.sourcebook.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * Entry point for commands given to the jar ({@code java -jar sourcebook.jar draft ...},
 * {@code ... convert ...}). Standard
 * output is written as UTF-8 whatever the platform's default, and holds nothing but the command's
 * result: library logging goes to standard error (warnings and errors only, see logback-cli.xml),
 * and so does anything a library prints with {@code System.out}.
 */
public final class CommandLine {

    static final String DRAFT = "draft";
    static final String CONVERT = "convert";
    private static final String LOGBACK_CONFIGURATION = "logback.configurationFile";

    private CommandLine() {}

    /** Whether {@code args} ask for a command rather than the web app. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && (DRAFT.equals(args[0]) || CONVERT.equals(args[0]));
    }

    /** Runs the command; returns its exit code. Call only when {@link #isCommand} is true. */
    public static int run(String[] args) {
        configureLogging();
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, UTF_8);
        System.setOut(System.err);
        List<String> arguments = Arrays.asList(args).subList(1, args.length);
        return CONVERT.equals(args[0]) ? new ConvertCommand().run(arguments, out, System.err)
                : new DraftCommand().run(arguments, out, System.err);
    }

    /** Before any logger exists: library warnings go to standard error, one line each. */
    private static void configureLogging() {
        setUnlessGiven(LOGBACK_CONFIGURATION, "org/sourcebook/cli/logback-cli.xml");
    }

    private static void setUnlessGiven(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }
}
