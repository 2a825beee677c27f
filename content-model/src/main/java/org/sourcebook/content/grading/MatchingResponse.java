package org.sourcebook.content.grading;

import java.util.Map;
import org.sourcebook.content.item.OptionId;

/**
 * A learner's matches: the id of each left-hand prompt to the id of the pair whose right-hand
 * answer the learner put next to it. Unmatched prompts are simply absent.
 */
public record MatchingResponse(Map<OptionId, OptionId> matches) implements Response {

    public MatchingResponse {
        matches = Map.copyOf(matches);
    }

    @Override
    public String shape() {
        return "matches";
    }
}
