package org.sourcebook.content.item;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A question answered by choosing options. Responses name options by {@link OptionId}, so the
 * options may be shown in any (shuffled) order.
 */
public sealed interface ChoiceQuestion extends Question permits SingleChoice, MultipleResponse, TrueFalse {

    /** The options in authored order; letters A, B, ... in {@link #canonicalAnswer()} follow this order. */
    List<ChoiceOption> options();

    default Set<OptionId> correctOptionIds() {
        return options().stream().filter(ChoiceOption::correct).map(ChoiceOption::id).collect(Collectors.toUnmodifiableSet());
    }

    default Optional<ChoiceOption> option(OptionId id) {
        return options().stream().filter(option -> option.id().equals(id)).findFirst();
    }

    /** The correct options with their letters, e.g. {@code "B) Khojaly"} or {@code "A) x; C) y"}. */
    @Override
    default String canonicalAnswer() {
        List<ChoiceOption> options = options();
        return IntStream.range(0, options.size())
                .filter(index -> options.get(index).correct())
                .mapToObj(index -> Rules.letter(index) + ") " + options.get(index).text())
                .collect(Collectors.joining("; "));
    }
}
