package org.sourcebook.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.source.DocumentMetadata;
import org.sourcebook.drafting.DraftOptions;

/**
 * What {@code draft} was asked to do, read from its arguments by {@link #parse}: one FILE and
 * options, as {@link ScannedArguments} describes.
 *
 * @param file the document to draft from
 * @param title the document title to use instead of the imported one, if given
 * @param output where to write the bundle instead of standard output, if given
 */
record DraftArguments(String file, DraftOptions options, @Nullable String title, @Nullable String output) {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");
    private static final Map<String, String> OPTIONS = Map.of("--max-items", "--max-items", "--per-100-words", "--per-100-words",
            "--max-per-kind", "--max-per-kind", "--quiz-questions", "--quiz-questions", "--deck-cards", "--deck-cards",
            "--title", "--title", "-o", "--output", "--output", "--output");

    /**
     * @return the arguments, or empty if they ask for help ({@code -h}, {@code --help})
     * @throws CommandFailure a usage failure naming the first thing wrong
     */
    static Optional<DraftArguments> parse(List<String> args) throws CommandFailure {
        Optional<ScannedArguments> scanned = ScannedArguments.scan(args, OPTIONS);
        if (scanned.isEmpty()) {
            return Optional.empty();
        }
        ScannedArguments given = scanned.get();
        DraftOptions defaults = DraftOptions.DEFAULTS;
        DraftOptions options = new DraftOptions(
                number(given, "--max-items", defaults.maxItems()),
                number(given, "--max-per-kind", defaults.maxItemsPerKind()),
                number(given, "--quiz-questions", defaults.maxQuizQuestions()),
                number(given, "--deck-cards", defaults.maxDeckCards()),
                number(given, "--per-100-words", (int) defaults.itemsPer100Words()),
                defaults.minQuality());
        String title = given.option("--title");
        return Optional.of(new DraftArguments(given.onlyFile("cli.error.missing-file"), options,
                title == null ? null : title(title), given.option("--output")));
    }

    private static int number(ScannedArguments given, String name, int fallback) throws CommandFailure {
        String value = given.option(name);
        if (value == null) {
            return fallback;
        }
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
}
