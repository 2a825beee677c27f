package org.sourcebook.cli;

import java.util.List;
import org.sourcebook.drafting.DraftOptions;

/** The help text of {@code draft}, in the messages' language, options in an aligned column. */
final class Usage {

    private static final List<String> OPTIONS =
            List.of("max-items", "max-per-kind", "quiz-questions", "deck-cards", "title", "output", "help");

    private final Messages messages;

    Usage(Messages messages) {
        this.messages = messages;
    }

    String text() {
        StringBuilder text = new StringBuilder()
                .append(messages.get("cli.usage")).append('\n')
                .append(messages.get("cli.usage.description")).append("\n\n")
                .append(messages.get("cli.usage.options")).append('\n');
        int width = OPTIONS.stream().mapToInt(option -> syntax(option).length()).max().orElse(0);
        for (String option : OPTIONS) {
            text.append("  ").append(padded(syntax(option), width)).append("  ").append(help(option)).append('\n');
        }
        return text.append('\n').append(messages.get("cli.usage.exit-codes")).append('\n').toString();
    }

    private String syntax(String option) {
        return messages.get("cli.option." + option + ".syntax");
    }

    private String help(String option) {
        DraftOptions defaults = DraftOptions.DEFAULTS;
        return switch (option) {
            case "max-items" -> messages.get("cli.option.max-items.help", defaults.maxItems());
            case "max-per-kind" -> messages.get("cli.option.max-per-kind.help", defaults.maxItemsPerKind());
            case "quiz-questions" -> messages.get("cli.option.quiz-questions.help", defaults.maxQuizQuestions());
            case "deck-cards" -> messages.get("cli.option.deck-cards.help", defaults.maxDeckCards());
            default -> messages.get("cli.option." + option + ".help");
        };
    }

    private static String padded(String syntax, int width) {
        return syntax + " ".repeat(width - syntax.length());
    }
}
