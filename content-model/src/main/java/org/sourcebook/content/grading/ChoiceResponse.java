package org.sourcebook.content.grading;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.sourcebook.content.item.OptionId;

/** The options a learner chose; empty when none. Answers choice and true/false questions. */
public record ChoiceResponse(Set<OptionId> chosen) implements Response {

    public ChoiceResponse {
        chosen = Set.copyOf(chosen);
    }

    public static ChoiceResponse of(String... optionIds) {
        return new ChoiceResponse(Arrays.stream(optionIds).map(OptionId::of).collect(Collectors.toSet()));
    }

    @Override
    public String shape() {
        return "chosen options";
    }
}
