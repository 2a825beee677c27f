package org.sourcebook.exchange.items;

import java.util.stream.Collectors;
import org.sourcebook.content.item.Item;

/**
 * How an item's citations travel in formats that have no place for them: as a line after the
 * item's feedback, {@code Source: “quote”} (several quotes joined by {@code " / "}). Importing
 * keeps that line as part of the feedback, so export, import and export again give the same text.
 */
public final class CitationText {

    private CitationText() {
    }

    /** The citation line, or "" for an item without citations. */
    public static String of(Item item) {
        if (item.citations().isEmpty()) {
            return "";
        }
        return "Source: " + item.citations().stream()
                .map(span -> "“" + span.quote().strip() + "”")
                .collect(Collectors.joining(" / "));
    }

    /** The item's feedback followed by its citation line, separated by a line break; either may be absent. */
    public static String feedbackWithCitations(Item item) {
        String citations = of(item);
        String feedback = item.info().feedback().strip();
        if (citations.isEmpty() || feedback.isEmpty()) {
            return feedback + citations;
        }
        return feedback + "\n" + citations;
    }
}
