package org.sourcebook.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A command's arguments split into files and options. Options are given as {@code --name value} or
 * {@code --name=value} (short ones as {@code -o value}), in any order, the last of a repeated option
 * counting; {@code --} ends the options, for a file whose name starts with "-"; {@code -h} and
 * {@code --help} ask for help.
 *
 * @param options the value of each option given, by its canonical name
 */
record ScannedArguments(List<String> files, Map<String, String> options) {

    /**
     * @param names every option the command knows, each spelling (e.g. {@code -o}) mapped to its
     *     canonical name (e.g. {@code --output}); every option takes a value
     * @return the arguments, or empty if they ask for help
     * @throws CommandFailure a usage failure for an unknown option or a missing value
     */
    static Optional<ScannedArguments> scan(List<String> args, Map<String, String> names) throws CommandFailure {
        Iterator<String> remaining = args.iterator();
        List<String> files = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        boolean optionsEnded = false;
        while (remaining.hasNext()) {
            String arg = remaining.next();
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                files.add(arg);
            } else if (arg.equals("-h") || arg.equals("--help")) {
                return Optional.empty();
            } else if (arg.equals("--")) {
                optionsEnded = true;
            } else {
                int equals = arg.startsWith("--") ? arg.indexOf('=') : -1;
                String name = equals < 0 ? arg : arg.substring(0, equals);
                String canonical = names.get(name);
                if (canonical == null) {
                    throw CommandFailure.usage("cli.error.unknown-option", arg);
                }
                options.put(canonical, equals < 0 ? next(remaining, name) : arg.substring(equals + 1));
            }
        }
        return Optional.of(new ScannedArguments(List.copyOf(files), Map.copyOf(options)));
    }

    private static String next(Iterator<String> remaining, String name) throws CommandFailure {
        if (!remaining.hasNext()) {
            throw CommandFailure.usage("cli.error.missing-value", name);
        }
        return remaining.next();
    }

    @Nullable String option(String canonicalName) {
        return options.get(canonicalName);
    }

    /** The one file given. */
    String onlyFile(String missingKey) throws CommandFailure {
        if (files.isEmpty()) {
            throw CommandFailure.usage(missingKey);
        }
        if (files.size() > 1) {
            throw CommandFailure.usage("cli.error.too-many-files", String.join(" ", files.subList(1, files.size())));
        }
        return files.get(0);
    }
}
