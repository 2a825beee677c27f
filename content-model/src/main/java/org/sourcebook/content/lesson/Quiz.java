package org.sourcebook.content.lesson;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.Problem;
import org.sourcebook.content.item.Problems;

/** Questions taken together as one graded attempt, under {@code settings}; listed in their unshuffled order. */
public record Quiz(BlockId id, List<ItemId> questions, QuizSettings settings) implements Block {

    public Quiz {
        Objects.requireNonNull(id, "a block needs an id");
        Objects.requireNonNull(settings, "a quiz needs settings");
        questions = List.copyOf(questions);
    }

    @Override
    public BlockKind kind() {
        return BlockKind.QUIZ;
    }

    @Override
    public List<Problem> problems() {
        return new Problems()
                .check(!questions.isEmpty(), "quiz-empty", "a quiz needs at least one question")
                .check(new HashSet<>(questions).size() == questions.size(), "quiz-question-repeated",
                        "a quiz must not contain the same question twice")
                .addAll(settings.problems())
                .toList();
    }
}
