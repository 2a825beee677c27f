package org.sourcebook.content.grading;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.sourcebook.content.item.OptionId;
import org.sourcebook.content.item.OrderEntry;
import org.sourcebook.content.item.Ordering;
import org.sourcebook.content.item.Problem;

/**
 * Ordering: credit for the longest run of entries already in correct relative order (not
 * necessarily next to each other), so one misplaced entry costs one move, not every position
 * after it. With {@code n} entries and a longest such run of {@code L}, the learner would have to
 * move {@code n - L} entries; the score is {@code (L - 1) / (n - 1)}: 1 when right, 0 when fully
 * reversed (the most moves any order can need). Entries in that run are the correct parts.
 */
final class OrderingGrading {

    private static final Problem INCOMPLETE_ORDER =
            new Problem("incomplete-order", "the answer must place every entry exactly once");

    private OrderingGrading() {}

    static Grade grade(Ordering question, Response response) {
        if (!(response instanceof OrderResponse order)) {
            return Grade.wrongShape(question, "an order", response);
        }
        List<OptionId> correct = question.entries().stream().map(OrderEntry::id).toList();
        List<OptionId> given = order.order();
        if (given.isEmpty()) {
            return Grade.unanswered(question);
        }
        if (given.size() != correct.size() || !new HashSet<>(given).equals(new HashSet<>(correct))) {
            return Grade.zero(question, INCOMPLETE_ORDER);
        }
        Set<Integer> inOrder = longestIncreasingRun(given.stream().mapToInt(correct::indexOf).toArray());
        List<PartResult> parts = IntStream.range(0, correct.size())
                .mapToObj(index -> new PartResult(correct.get(index).value(), inOrder.contains(index)))
                .toList();
        double score = correct.size() < 2 ? 1 : Grade.share(inOrder.size() - 1, correct.size() - 1);
        return Grade.of(question, score, parts);
    }

    /** The values of one longest strictly increasing subsequence of {@code positions} (the earliest-ending one). */
    private static Set<Integer> longestIncreasingRun(int[] positions) {
        int[] length = new int[positions.length];
        int[] previous = new int[positions.length];
        int end = 0;
        for (int i = 0; i < positions.length; i++) {
            length[i] = 1;
            previous[i] = -1;
            for (int j = 0; j < i; j++) {
                if (positions[j] < positions[i] && length[j] + 1 > length[i]) {
                    length[i] = length[j] + 1;
                    previous[i] = j;
                }
            }
            if (length[i] > length[end]) {
                end = i;
            }
        }
        Set<Integer> run = new HashSet<>();
        for (int i = end; i >= 0 && positions.length > 0; i = previous[i]) {
            run.add(positions[i]);
        }
        return run;
    }
}
