package org.sourcebook.content.item;

import java.util.List;
import java.util.Objects;

/**
 * A card to remember: the prompt is the front, {@code answer} the back. Reviewed on a
 * spaced-repetition schedule, never graded.
 */
public record FactCard(ItemInfo info, String answer) implements Item {

    public FactCard {
        Objects.requireNonNull(info, "an item needs its shared fields");
        Objects.requireNonNull(answer, "answer must not be null (use an empty text)");
    }

    @Override
    public ItemKind kind() {
        return ItemKind.FACT_CARD;
    }

    @Override
    public String canonicalAnswer() {
        return answer;
    }

    @Override
    public FactCard withInfo(ItemInfo newInfo) {
        return new FactCard(newInfo, answer);
    }

    @Override
    public List<Problem> answerProblems() {
        return new Problems().check(!answer.isBlank(), "fact-card-answer-blank", "a fact card needs an answer").toList();
    }
}
