package org.sourcebook.content.item;

import java.util.Objects;

/**
 * One option of a choice question.
 *
 * @param feedback shown to a learner who chose this option (may be empty), e.g. why a
 *     distractor is wrong
 */
public record ChoiceOption(OptionId id, String text, boolean correct, String feedback) {

    public ChoiceOption {
        Objects.requireNonNull(id, "an option needs an id");
        Objects.requireNonNull(text, "option text must not be null (use an empty text)");
        Objects.requireNonNull(feedback, "option feedback must not be null (use an empty text)");
    }

    public static ChoiceOption correct(String id, String text) {
        return new ChoiceOption(OptionId.of(id), text, true, "");
    }

    public static ChoiceOption wrong(String id, String text) {
        return new ChoiceOption(OptionId.of(id), text, false, "");
    }
}
