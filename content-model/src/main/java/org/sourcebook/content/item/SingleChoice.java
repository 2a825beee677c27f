package org.sourcebook.content.item;

import java.util.List;
import java.util.Objects;

/** A choice question with exactly one correct option; the learner picks one. */
public record SingleChoice(ItemInfo info, List<ChoiceOption> options) implements ChoiceQuestion {

    public SingleChoice {
        Objects.requireNonNull(info, "an item needs its shared fields");
        options = List.copyOf(options);
    }

    @Override
    public ItemKind kind() {
        return ItemKind.SINGLE_CHOICE;
    }

    @Override
    public SingleChoice withInfo(ItemInfo newInfo) {
        return new SingleChoice(newInfo, options);
    }

    @Override
    public List<Problem> answerProblems() {
        return Rules.choiceOptionProblems(options)
                .check(correctOptionIds().size() == 1, "single-choice-correct-count",
                        "single choice needs exactly one correct option")
                .toList();
    }
}
