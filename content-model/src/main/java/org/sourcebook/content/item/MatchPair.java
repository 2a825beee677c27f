package org.sourcebook.content.item;

import java.util.Objects;

/**
 * A prompt on the left and the answer it belongs with on the right. The learner sees the right
 * sides shuffled and matches each left side to one; both sides are named by this pair's id.
 */
public record MatchPair(OptionId id, String left, String right) {

    public MatchPair {
        Objects.requireNonNull(id, "a pair needs an id");
        Objects.requireNonNull(left, "left text must not be null (use an empty text)");
        Objects.requireNonNull(right, "right text must not be null (use an empty text)");
    }

    public static MatchPair of(String id, String left, String right) {
        return new MatchPair(OptionId.of(id), left, right);
    }
}
