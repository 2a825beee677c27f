package org.sourcebook.ui.lesson;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.sourcebook.content.item.ChoiceOption;
import org.sourcebook.content.item.ChoiceQuestion;
import org.sourcebook.content.item.Cloze;
import org.sourcebook.content.item.ClozeGap;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.Numeric;
import org.sourcebook.content.item.TrueFalse;

/**
 * An item's prompt and answer as people read them, wherever an item is shown as text (the
 * student's review, the teacher's lists, previews and results). The stored form is markup: a
 * cloze's prompt holds gap markers ({@code {{1}}}) and its {@link Item#canonicalAnswer()} brackets
 * ({@code [1613]}); choice answers carry letters in authored order, which a student who saw the
 * options shuffled never saw; true/false options are English placeholders. None of that reaches a
 * person: gaps read as blanks, answers as plain words, options by their text.
 */
public final class ItemWording {

    /** How a gap reads in a prompt. */
    public static final String BLANK = "_____";

    private ItemWording() {}

    /** The prompt with a cloze's gap markers drawn as blanks, numbered "(1) _____" when there are several. */
    public static String prompt(Item item) {
        return item instanceof Cloze cloze ? blanks(cloze.prompt()) : item.prompt();
    }

    /** A cloze prompt as stored (with {@code {{1}}} markers) with its markers drawn as blanks. */
    public static String blanks(String clozePrompt) {
        Matcher counter = Cloze.MARKER.matcher(clozePrompt);
        boolean numbered = counter.find() && counter.find();
        Matcher markers = Cloze.MARKER.matcher(clozePrompt);
        StringBuilder text = new StringBuilder();
        while (markers.find()) {
            markers.appendReplacement(text, Matcher.quoteReplacement(numbered ? "(" + markers.group(1) + ") " + BLANK : BLANK));
        }
        return markers.appendTail(text).toString();
    }

    /**
     * The right answer in plain words, in the reader's language: the correct options' texts (no
     * letters), a cloze's gap answers, "True"/"False" translated, a number with its unit and margin.
     */
    public static String answer(Item item, Component translator) {
        if (item instanceof ChoiceQuestion choice) {
            return choice.options().stream().filter(ChoiceOption::correct)
                    .map(option -> option(choice, option, translator))
                    .collect(Collectors.joining("; "));
        }
        if (item instanceof Cloze cloze) {
            return gaps(cloze.gaps().stream().map(ClozeGap::preferredAnswer).toList());
        }
        if (item instanceof Numeric numeric) {
            String number = numeric.value().toPlainString() + (numeric.unit() == null ? "" : " " + numeric.unit());
            return numeric.tolerance().isExact() ? number : number + " (" + numeric.tolerance().describe() + ")";
        }
        return item.canonicalAnswer();
    }

    /** An option's text as students read it: true/false options are translated. */
    public static String option(ChoiceQuestion question, ChoiceOption option, Component translator) {
        if (question instanceof TrueFalse) {
            return translator.getTranslation(option.id().equals(TrueFalse.TRUE) ? "quiz.true" : "quiz.false");
        }
        return option.text();
    }

    /** Words given for a cloze's gaps: "1613" for one gap, "(1) 1613; (2) Baku" for several; an empty gap as "—". */
    public static String gaps(List<String> answers) {
        if (answers.size() == 1) {
            return filled(answers.get(0));
        }
        return IntStream.range(0, answers.size())
                .mapToObj(index -> "(" + (index + 1) + ") " + filled(answers.get(index)))
                .collect(Collectors.joining("; "));
    }

    private static String filled(String answer) {
        return answer.isBlank() ? "—" : answer.strip();
    }
}
