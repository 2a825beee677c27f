package org.sourcebook.content.item;

import java.util.List;
import java.util.Objects;

/** A choice question with one or more correct options; the learner picks any number. */
public record MultipleResponse(ItemInfo info, List<ChoiceOption> options) implements ChoiceQuestion {

    public MultipleResponse {
        Objects.requireNonNull(info, "an item needs its shared fields");
        options = List.copyOf(options);
    }

    @Override
    public ItemKind kind() {
        return ItemKind.MULTIPLE_RESPONSE;
    }

    @Override
    public MultipleResponse withInfo(ItemInfo newInfo) {
        return new MultipleResponse(newInfo, options);
    }

    @Override
    public List<Problem> answerProblems() {
        return Rules.choiceOptionProblems(options)
                .check(!correctOptionIds().isEmpty(), "multiple-response-no-correct",
                        "multiple response needs at least one correct option")
                .toList();
    }
}
