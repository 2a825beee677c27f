package org.sourcebook.cli;

import java.util.List;
import java.util.Map;
import org.sourcebook.drafting.DraftOptions;

/**
 * The help text of a command, in the messages' language, options in an aligned column. Keys:
 * {@code <prefix>usage}, {@code <prefix>usage.description}, {@code cli.usage.options},
 * {@code <prefix>usage.exit-codes}, and per option {@code cli.option.<name>.syntax} and {@code .help}.
 */
final class Usage {

    private final Messages messages;
    private final String prefix;
    private final List<String> options;
    private final Map<String, Object> defaults;

    private Usage(Messages messages, String prefix, List<String> options, Map<String, Object> defaults) {
        this.messages = messages;
        this.prefix = prefix;
        this.options = options;
        this.defaults = defaults;
    }

    static Usage draft(Messages messages) {
        DraftOptions defaults = DraftOptions.DEFAULTS;
        return new Usage(messages, "cli.",
                List.of("max-items", "per-100-words", "max-per-kind", "quiz-questions", "deck-cards", "title", "output", "help"),
                Map.of("max-items", defaults.maxItems(), "per-100-words", (int) defaults.itemsPer100Words(),
                        "max-per-kind", defaults.maxItemsPerKind(), "quiz-questions", defaults.maxQuizQuestions(),
                        "deck-cards", defaults.maxDeckCards()));
    }

    static Usage convert(Messages messages) {
        return new Usage(messages, "cli.convert.", List.of("to", "output", "help"), Map.of());
    }

    String text() {
        StringBuilder text = new StringBuilder()
                .append(messages.get(prefix + "usage")).append('\n')
                .append(messages.get(prefix + "usage.description")).append("\n\n")
                .append(messages.get("cli.usage.options")).append('\n');
        int width = options.stream().mapToInt(option -> syntax(option).length()).max().orElse(0);
        for (String option : options) {
            text.append("  ").append(padded(syntax(option), width)).append("  ").append(help(option)).append('\n');
        }
        return text.append('\n').append(messages.get(prefix + "usage.exit-codes")).append('\n').toString();
    }

    private String syntax(String option) {
        return messages.get("cli.option." + option + ".syntax");
    }

    private String help(String option) {
        String key = "cli.option." + option + ".help";
        return defaults.containsKey(option) ? messages.get(key, defaults.get(option)) : messages.get(key);
    }

    private static String padded(String syntax, int width) {
        return syntax + " ".repeat(width - syntax.length());
    }
}
