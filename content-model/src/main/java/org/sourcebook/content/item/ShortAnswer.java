package org.sourcebook.content.item;

import java.util.List;
import java.util.Objects;

/**
 * A question answered by typing a word or phrase.
 *
 * @param acceptedAnswers every answer that counts as correct, the preferred one first
 * @param comparison how typed answers are compared with the accepted ones
 */
public record ShortAnswer(ItemInfo info, List<String> acceptedAnswers, TextComparison comparison) implements Question {

    public ShortAnswer {
        Objects.requireNonNull(info, "an item needs its shared fields");
        Objects.requireNonNull(comparison, "a short answer needs a text comparison");
        acceptedAnswers = List.copyOf(acceptedAnswers);
    }

    @Override
    public ItemKind kind() {
        return ItemKind.SHORT_ANSWER;
    }

    /** The preferred accepted answer. */
    @Override
    public String canonicalAnswer() {
        return acceptedAnswers.isEmpty() ? "" : acceptedAnswers.get(0);
    }

    @Override
    public ShortAnswer withInfo(ItemInfo newInfo) {
        return new ShortAnswer(newInfo, acceptedAnswers, comparison);
    }

    @Override
    public List<Problem> answerProblems() {
        return new Problems()
                .check(!acceptedAnswers.isEmpty(), "short-answer-no-accepted-answer",
                        "a short answer needs at least one accepted answer")
                .check(!Rules.anyBlank(acceptedAnswers), "accepted-answer-blank", "accepted answers must not be blank")
                .toList();
    }
}
