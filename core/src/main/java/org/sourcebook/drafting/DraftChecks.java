package org.sourcebook.drafting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sourcebook.content.item.ChoiceOption;
import org.sourcebook.content.item.ChoiceQuestion;
import org.sourcebook.content.item.Cloze;
import org.sourcebook.content.item.ClozeGap;
import org.sourcebook.content.item.FactCard;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.Numeric;
import org.sourcebook.content.item.OrderEntry;
import org.sourcebook.content.item.Ordering;
import org.sourcebook.content.item.TrueFalse;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.Span;

/**
 * Automatic checks of a drafted item, independent of how it was drafted: its citations stand in
 * the source, its answer does not show in its prompt, its distractors are distinct and of the
 * answer's kind, its prompt has a sensible length and attributes what it says to the source. The
 * review screen can show the failures; the gold-set evaluation counts them.
 */
public final class DraftChecks {

    /** One check an item failed. */
    public enum Failure { INVALID, CITATION, ANSWER_LEAKED, DISTRACTORS, PROMPT_LENGTH, NOT_ATTRIBUTED }

    static final int MIN_PROMPT = 15;
    static final int MAX_PROMPT = 600;
    private static final Pattern MONTH = Pattern.compile(
            "(?i)\\b(january|february|march|april|may|june|july|august|september|october|november|december)\\b");

    private final String attribution;

    /** @param attribution the phrase every learner-facing prompt must contain, e.g. "the source" */
    public DraftChecks(String attribution) {
        this.attribution = attribution.toLowerCase(Locale.ROOT);
    }

    public static DraftChecks english() {
        return new DraftChecks("the source");
    }

    /** The checks {@code item} fails against the version it was drafted from; empty when it passes all. */
    public List<Failure> failures(Item item, DocumentVersion source) {
        List<Failure> failures = new ArrayList<>();
        if (!item.problems().isEmpty()) {
            failures.add(Failure.INVALID);
        }
        List<Span> citations = item.info().citations();
        if (citations.isEmpty() || citations.stream().anyMatch(span -> !span.isValidIn(source))) {
            failures.add(Failure.CITATION);
        }
        if (isLeaked(item)) {
            failures.add(Failure.ANSWER_LEAKED);
        }
        if (item instanceof ChoiceQuestion choice && !(item instanceof TrueFalse) && !distractorsFit(choice.options())) {
            failures.add(Failure.DISTRACTORS);
        }
        String prompt = item.prompt();
        if (prompt.length() < MIN_PROMPT || prompt.length() > MAX_PROMPT || prompt.split("\\s+").length < 4) {
            failures.add(Failure.PROMPT_LENGTH);
        }
        if (!prompt.toLowerCase(Locale.ROOT).contains(attribution)) {
            failures.add(Failure.NOT_ATTRIBUTED);
        }
        return failures;
    }

    private static boolean isLeaked(Item item) {
        String prompt = item.prompt();
        if (item instanceof Cloze cloze) {
            String text = Cloze.MARKER.matcher(prompt).replaceAll(" ");
            return cloze.gaps().stream().map(ClozeGap::preferredAnswer).anyMatch(answer -> containsWord(text, answer));
        }
        if (item instanceof Numeric numeric) {
            boolean whole = numeric.value().scale() <= 0;
            return containsWord(prompt, numeric.value().toPlainString())
                    || whole && containsWord(prompt, String.format(Locale.ENGLISH, "%,d", numeric.value().longValue()));
        }
        if (item instanceof FactCard card) {
            String first = card.answer().split("\\s+")[0];
            return containsWord(prompt, card.answer()) || first.matches("[\\d,.%]+") && containsWord(prompt, first);
        }
        if (item instanceof Ordering ordering) {
            List<String> dates = ordering.entries().stream().map(OrderEntry::date).filter(date -> date != null).toList();
            return ordering.entries().stream().anyMatch(entry -> dates.stream().anyMatch(date -> containsWord(entry.text(), date)));
        }
        if (item instanceof ChoiceQuestion choice && !(item instanceof TrueFalse)) {
            return choice.options().stream().filter(ChoiceOption::correct).anyMatch(option -> containsWord(prompt, option.text()));
        }
        return false;
    }

    private static boolean distractorsFit(List<ChoiceOption> options) {
        Set<String> distinct = new HashSet<>();
        options.forEach(option -> distinct.add(option.text().strip().toLowerCase(Locale.ROOT)));
        String shape = options.stream().filter(ChoiceOption::correct).map(option -> shape(option.text())).findFirst().orElse("");
        return distinct.size() == options.size() && options.stream().allMatch(option -> shape(option.text()).equals(shape));
    }

    /** What kind of value a text is, as far as its form shows: number (or year), percentage, decade, date, name or term. */
    static String shape(String text) {
        String t = text.strip();
        if (MONTH.matcher(t).find() && t.matches(".*\\d.*")) {
            return "date";
        }
        if (t.matches("\\d{3}0s")) {
            return "decade";
        }
        if (t.matches("[\\d,.]+%")) {
            return "percentage";
        }
        if (t.matches("[\\d,.]+(\\s+(thousand|million|billion|trillion))?")) {
            return "number";
        }
        return Character.isUpperCase(t.codePointAt(0)) ? "name" : "term";
    }

    private static boolean containsWord(String text, String word) {
        return !word.isBlank() && Words.containsWord(text, word.strip(), false);
    }
}
