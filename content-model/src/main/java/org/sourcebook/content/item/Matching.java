package org.sourcebook.content.item;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** A question where each left-hand prompt is matched with its right-hand answer. */
public record Matching(ItemInfo info, List<MatchPair> pairs) implements Question {

    public Matching {
        Objects.requireNonNull(info, "an item needs its shared fields");
        pairs = List.copyOf(pairs);
    }

    @Override
    public ItemKind kind() {
        return ItemKind.MATCHING;
    }

    /** The pairs in authored order: "Shusha → 1752; Khojaly → 1992". */
    @Override
    public String canonicalAnswer() {
        return pairs.stream().map(pair -> pair.left() + " → " + pair.right()).collect(Collectors.joining("; "));
    }

    @Override
    public Matching withInfo(ItemInfo newInfo) {
        return new Matching(newInfo, pairs);
    }

    @Override
    public List<Problem> answerProblems() {
        List<String> lefts = pairs.stream().map(MatchPair::left).toList();
        List<String> rights = pairs.stream().map(MatchPair::right).toList();
        return new Problems()
                .check(pairs.size() >= 2, "matching-too-few-pairs", "matching needs at least two pairs")
                .check(!Rules.anyBlank(lefts) && !Rules.anyBlank(rights), "matching-pair-blank",
                        "both sides of every pair need a text")
                .check(!Rules.hasLookalikes(lefts), "matching-left-duplicate", "the left-hand texts must be distinct")
                .check(!Rules.hasLookalikes(rights), "matching-right-duplicate", "the right-hand texts must be distinct")
                .addAll(Rules.distinctIds(pairs.stream().map(MatchPair::id).toList()))
                .toList();
    }
}
