package org.sourcebook.content.item;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.source.TextDiff.Replacement;

/**
 * An item's answer brought up to date after the passage it cites changed: where the answer holds a
 * value the passage replaced ("620" became "780"), the new value takes its place, in the answer
 * and wherever it stands as a whole word in the prompt and the feedback. Answers that hold a value
 * are those of fact cards, short answers, numeric questions, cloze gaps and the correct options of
 * choice questions; other kinds are never changed.
 */
public final class AnswerUpdate {

    private static final Pattern GROUPING = Pattern.compile("(?<=\\d)[,\\u00A0\\u202F ](?=\\d{3})");

    private AnswerUpdate() {}

    /**
     * The item with every replacement its answer holds made, or empty when its answer holds none
     * of them (then nothing is offered to the teacher).
     */
    public static Optional<Item> apply(Item item, List<Replacement> replacements) {
        Item updated = item;
        for (Replacement replacement : replacements) {
            Item answered = replaceInAnswer(updated, replacement);
            if (answered != updated) {
                updated = answered.withInfo(answered.info()
                        .withPrompt(replaceWords(answered.prompt(), replacement))
                        .withFeedback(replaceWords(answered.info().feedback(), replacement)));
            }
        }
        return updated == item ? Optional.empty() : Optional.of(updated);
    }

    /** The item with {@code replacement} made in its answer; the same instance when the answer does not hold it. */
    private static Item replaceInAnswer(Item item, Replacement replacement) {
        if (item instanceof Numeric numeric) {
            BigDecimal before = number(replacement.before());
            BigDecimal after = number(replacement.after());
            return before != null && after != null && before.compareTo(numeric.value()) == 0
                    ? new Numeric(numeric.info(), after, numeric.tolerance(), numeric.unit()) : item;
        }
        if (item instanceof FactCard card) {
            String answer = replaceWords(card.answer(), replacement);
            return answer.equals(card.answer()) ? item : new FactCard(card.info(), answer);
        }
        if (item instanceof ShortAnswer shortAnswer) {
            List<String> answers = replaceEach(shortAnswer.acceptedAnswers(), replacement);
            return answers.equals(shortAnswer.acceptedAnswers()) ? item
                    : new ShortAnswer(shortAnswer.info(), answers, shortAnswer.comparison());
        }
        if (item instanceof Cloze cloze) {
            List<ClozeGap> gaps = cloze.gaps().stream()
                    .map(gap -> new ClozeGap(replaceEach(gap.acceptedAnswers(), replacement)))
                    .toList();
            return gaps.equals(cloze.gaps()) ? item : new Cloze(cloze.info(), gaps, cloze.comparison());
        }
        if (item instanceof SingleChoice choice) {
            List<ChoiceOption> options = replaceCorrect(choice.options(), replacement);
            return options.equals(choice.options()) ? item : new SingleChoice(choice.info(), options);
        }
        if (item instanceof MultipleResponse choice) {
            List<ChoiceOption> options = replaceCorrect(choice.options(), replacement);
            return options.equals(choice.options()) ? item : new MultipleResponse(choice.info(), options);
        }
        return item;
    }

    private static List<String> replaceEach(List<String> texts, Replacement replacement) {
        return texts.stream().map(text -> replaceWords(text, replacement)).toList();
    }

    /** Correct options changed as {@link #replaceWords} does; none if the new text is a distractor already. */
    private static List<ChoiceOption> replaceCorrect(List<ChoiceOption> options, Replacement replacement) {
        boolean clash = options.stream().anyMatch(option -> !option.correct() && option.text().strip().equals(replacement.after()));
        if (clash) {
            return options;
        }
        List<ChoiceOption> changed = new ArrayList<>();
        for (ChoiceOption option : options) {
            changed.add(option.correct()
                    ? new ChoiceOption(option.id(), replaceWords(option.text(), replacement), true, option.feedback())
                    : option);
        }
        return changed;
    }

    /** {@code text} with each whole-word occurrence of the replaced value changed; "1613" is not found in "16130". */
    static String replaceWords(String text, Replacement replacement) {
        Matcher matcher = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(replacement.before()) + "(?![\\p{L}\\p{N}])")
                .matcher(text);
        return matcher.replaceAll(Matcher.quoteReplacement(replacement.after()));
    }

    /** A number as a source writes it ("1,275", "3.5"), or null if the text is not one. */
    private static @Nullable BigDecimal number(String text) {
        try {
            return new BigDecimal(GROUPING.matcher(text.strip()).replaceAll(""));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
