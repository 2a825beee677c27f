package org.sourcebook.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.source.DocumentMetadata;
import org.sourcebook.drafting.DraftOptions;

/**
 * What {@code draft} was asked to do, read from its arguments by {@link #parse}: one FILE, and
 * options given as {@code --name value} or {@code --name=value}, in any order (the last of a
 * repeated option counts). {@code --} ends the options, for a FILE whose name starts with "-".
 *
 * @param file the document to draft from
 * @param title the document title to use instead of the imported one, if given
 * @param output where to write the bundle instead of standard output, if given
 */
record DraftArguments(String file, DraftOptions options, @Nullable String title, @Nullable String output) {

    /**
     * @return the arguments, or empty if they ask for help ({@code -h}, {@code --help})
     * @throws CommandFailure a usage failure naming the first thing wrong
     */
    static Optional<DraftArguments> parse(List<String> args) throws CommandFailure {
        return new Parser(args).parse();
    }

    private static final class Parser {

        private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

        private final Iterator<String> remaining;
        private final List<String> files = new ArrayList<>();
        private int maxItems = DraftOptions.DEFAULTS.maxItems();
        private int maxItemsPerKind = DraftOptions.DEFAULTS.maxItemsPerKind();
        private int maxQuizQuestions = DraftOptions.DEFAULTS.maxQuizQuestions();
        private int maxDeckCards = DraftOptions.DEFAULTS.maxDeckCards();
        private @Nullable String title;
        private @Nullable String output;
        private boolean optionsEnded;

        Parser(List<String> args) {
            this.remaining = args.iterator();
        }

        Optional<DraftArguments> parse() throws CommandFailure {
            while (remaining.hasNext()) {
                String arg = remaining.next();
                if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                    files.add(arg);
                } else if (arg.equals("-h") || arg.equals("--help")) {
                    return Optional.empty();
                } else if (arg.equals("--")) {
                    optionsEnded = true;
                } else {
                    option(arg);
                }
            }
            DraftOptions options = new DraftOptions(maxItems, maxItemsPerKind, maxQuizQuestions, maxDeckCards);
            return Optional.of(new DraftArguments(onlyFile(), options, title, output));
        }

        private void option(String arg) throws CommandFailure {
            int equals = arg.startsWith("--") ? arg.indexOf('=') : -1;
            String name = equals < 0 ? arg : arg.substring(0, equals);
            @Nullable String inline = equals < 0 ? null : arg.substring(equals + 1);
            switch (name) {
                case "--max-items" -> maxItems = number(name, value(name, inline));
                case "--max-per-kind" -> maxItemsPerKind = number(name, value(name, inline));
                case "--quiz-questions" -> maxQuizQuestions = number(name, value(name, inline));
                case "--deck-cards" -> maxDeckCards = number(name, value(name, inline));
                case "--title" -> title = title(value(name, inline));
                case "-o", "--output" -> output = value(name, inline);
                default -> unknown(arg);
            }
        }

        private String value(String name, @Nullable String inline) throws CommandFailure {
            if (inline != null) {
                return inline;
            }
            if (!remaining.hasNext()) {
                throw CommandFailure.usage("cli.error.missing-value", name);
            }
            return remaining.next();
        }

        private static int number(String name, String value) throws CommandFailure {
            if (!WHOLE_NUMBER.matcher(value).matches()) {
                throw CommandFailure.usage("cli.error.not-a-number", name, value);
            }
            return Integer.parseInt(value);
        }

        private static String title(String value) throws CommandFailure {
            String title = value.strip();
            if (title.isEmpty()) {
                throw CommandFailure.usage("cli.error.blank-title");
            }
            if (title.length() > DocumentMetadata.MAX_TITLE_LENGTH) {
                throw CommandFailure.usage("cli.error.long-title", DocumentMetadata.MAX_TITLE_LENGTH);
            }
            return title;
        }

        private static void unknown(String arg) throws CommandFailure {
            throw CommandFailure.usage("cli.error.unknown-option", arg);
        }

        private String onlyFile() throws CommandFailure {
            if (files.isEmpty()) {
                throw CommandFailure.usage("cli.error.missing-file");
            }
            if (files.size() > 1) {
                String extra = String.join(" ", files.subList(1, files.size()));
                throw CommandFailure.usage("cli.error.too-many-files", extra);
            }
            return files.get(0);
        }
    }
}
