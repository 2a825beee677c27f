package org.sourcebook.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sourcebook.exchange.items.ItemFormat;

/**
 * What {@code convert} was asked to do: one bundle FILE, the format to write ({@code --to}) and
 * where ({@code -o}, else standard output); options as {@link ScannedArguments} describes.
 */
record ConvertArguments(String file, ItemFormat format, @Nullable String output) {

    private static final Map<String, String> OPTIONS = Map.of("--to", "--to", "-o", "--output", "--output", "--output");

    /**
     * @return the arguments, or empty if they ask for help
     * @throws CommandFailure a usage failure naming the first thing wrong
     */
    static Optional<ConvertArguments> parse(List<String> args) throws CommandFailure {
        Optional<ScannedArguments> scanned = ScannedArguments.scan(args, OPTIONS);
        if (scanned.isEmpty()) {
            return Optional.empty();
        }
        ScannedArguments given = scanned.get();
        String file = given.onlyFile("cli.convert.error.missing-file");
        String to = given.option("--to");
        if (to == null) {
            throw CommandFailure.usage("cli.convert.error.missing-format", formatNames());
        }
        ItemFormat format = ItemFormat.byCliName(to)
                .orElseThrow(() -> CommandFailure.usage("cli.convert.error.unknown-format", to, formatNames()));
        return Optional.of(new ConvertArguments(file, format, given.option("--output")));
    }

    static String formatNames() {
        return Arrays.stream(ItemFormat.values()).map(ItemFormat::cliName).collect(Collectors.joining(", "));
    }
}
