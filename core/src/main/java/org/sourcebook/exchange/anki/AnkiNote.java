package org.sourcebook.exchange.anki;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.sourcebook.content.item.ChoiceQuestion;
import org.sourcebook.content.item.Cloze;
import org.sourcebook.content.item.FactCard;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.Matching;
import org.sourcebook.content.item.OrderEntry;
import org.sourcebook.content.item.Ordering;
import org.sourcebook.content.item.TrueFalse;
import org.sourcebook.exchange.items.CitationText;
import org.sourcebook.exchange.items.ClozeSegments;

/**
 * One item as an Anki note of a stock note type: Basic (Front, Back) or Cloze (Text, Back Extra).
 * The fields are HTML.
 *
 * @param noteType the note type's name as Anki installs it
 */
record AnkiNote(String noteType, String firstField, String secondField) {

    static final String BASIC = "Basic";
    static final String CLOZE = "Cloze";
    private static final String PARAGRAPH = "<br><br>";
    private static final String LINE = "<br>";

    /**
     * The note for {@code item}: fact cards and questions become Basic notes with the question
     * (and its options) on the front and the answer, feedback and citation on the back; a cloze
     * becomes a Cloze note with each gap as {@code {{cN::preferred answer}}}. Empty for a cloze
     * whose text has no gap marker, which Anki could not make a card of.
     */
    static Optional<AnkiNote> of(Item item) {
        if (item instanceof Cloze cloze) {
            String text = clozeText(cloze);
            return text.contains("{{c") ? Optional.of(new AnkiNote(CLOZE, text, extra(item))) : Optional.empty();
        }
        return Optional.of(new AnkiNote(BASIC, front(item), withExtra(answer(item), extra(item))));
    }

    private static String front(Item item) {
        String prompt = AnkiText.html(item.prompt());
        if (item instanceof ChoiceQuestion choice && !(item instanceof TrueFalse)) {
            return prompt + PARAGRAPH + lines(IntStream.range(0, choice.options().size())
                    .mapToObj(index -> letter(index) + ") " + choice.options().get(index).text()).toList());
        }
        if (item instanceof Matching matching) {
            return prompt + PARAGRAPH + lines(matching.pairs().stream().map(pair -> pair.left()).toList());
        }
        if (item instanceof Ordering ordering) {
            // stored in the correct order; listed alphabetically so the front does not give it away
            return prompt + PARAGRAPH + lines(ordering.entries().stream().map(OrderEntry::text)
                    .sorted(Comparator.naturalOrder()).toList());
        }
        return prompt;
    }

    private static String answer(Item item) {
        if (item instanceof FactCard card) {
            return AnkiText.html(card.answer());
        }
        if (item instanceof Matching matching) {
            return lines(matching.pairs().stream().map(pair -> pair.left() + " → " + pair.right()).toList());
        }
        if (item instanceof Ordering ordering) {
            List<OrderEntry> entries = ordering.entries();
            return lines(IntStream.range(0, entries.size())
                    .mapToObj(index -> (index + 1) + ". " + dated(entries.get(index))).toList());
        }
        return AnkiText.html(item.canonicalAnswer());
    }

    /** The feedback with its citation line, as HTML. */
    private static String extra(Item item) {
        return AnkiText.html(CitationText.feedbackWithCitations(item));
    }

    private static String withExtra(String answer, String extra) {
        return extra.isEmpty() ? answer : answer + PARAGRAPH + extra;
    }

    private static String lines(List<String> texts) {
        return texts.stream().map(AnkiText::html).collect(Collectors.joining(LINE));
    }

    private static String dated(OrderEntry entry) {
        return entry.date() == null ? entry.text() : entry.date() + ": " + entry.text();
    }

    /** A, B, ..., Z, AA, AB, ... as in {@link ChoiceQuestion#canonicalAnswer()}, which the back shows. */
    private static String letter(int index) {
        String prefix = index >= 26 ? letter(index / 26 - 1) : "";
        return prefix + (char) ('A' + index % 26);
    }

    /** Gap {@code n} becomes cloze {@code cn} holding the preferred answer. */
    private static String clozeText(Cloze cloze) {
        return ClozeSegments.render(cloze, AnkiText::clozeSafeHtml,
                gap -> "{{c" + gap + "::" + AnkiText.clozeSafeHtml(cloze.gaps().get(gap - 1).preferredAnswer()) + "}}");
    }
}
