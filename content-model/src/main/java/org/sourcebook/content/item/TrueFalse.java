package org.sourcebook.content.item;

import java.util.List;
import java.util.Objects;

/**
 * A statement the learner judges true or false. It behaves as a single choice between two fixed
 * options with ids {@link #TRUE} and {@link #FALSE}; their texts are English placeholders the UI
 * replaces by translating the id.
 */
public record TrueFalse(ItemInfo info, boolean answer) implements ChoiceQuestion {

    public static final OptionId TRUE = OptionId.of("true");
    public static final OptionId FALSE = OptionId.of("false");

    public TrueFalse {
        Objects.requireNonNull(info, "an item needs its shared fields");
    }

    @Override
    public List<ChoiceOption> options() {
        return List.of(new ChoiceOption(TRUE, "True", answer, ""), new ChoiceOption(FALSE, "False", !answer, ""));
    }

    @Override
    public ItemKind kind() {
        return ItemKind.TRUE_FALSE;
    }

    @Override
    public String canonicalAnswer() {
        return answer ? "True" : "False";
    }

    @Override
    public TrueFalse withInfo(ItemInfo newInfo) {
        return new TrueFalse(newInfo, answer);
    }

    @Override
    public List<Problem> answerProblems() {
        return List.of();
    }
}
