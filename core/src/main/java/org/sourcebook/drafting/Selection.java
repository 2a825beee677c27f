package org.sourcebook.drafting;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sourcebook.content.item.ItemKind;

/**
 * Chooses which candidates become drafts: best first, duplicates dropped, at most so many per
 * kind, and kinds taken in turn so that the total limit leaves room for every kind.
 */
final class Selection {

    static final Comparator<Candidate> BEST_FIRST = Comparator.comparingDouble(Candidate::score).reversed()
            .thenComparingInt(Candidate::sentence)
            .thenComparing(Candidate::kind)
            .thenComparing(Candidate::key);

    private Selection() {}

    static List<Candidate> select(List<Candidate> candidates, DraftOptions options) {
        Map<ItemKind, Deque<Candidate>> byKind = new EnumMap<>(ItemKind.class);
        Set<String> seen = new HashSet<>();
        candidates.stream().sorted(BEST_FIRST).forEach(candidate -> {
            Deque<Candidate> queue = byKind.computeIfAbsent(candidate.kind(), kind -> new ArrayDeque<>());
            if (queue.size() < options.maxItemsPerKind() && seen.add(candidate.duplicateKey())) {
                queue.add(candidate);
            }
        });
        List<Candidate> chosen = new ArrayList<>();
        while (chosen.size() < options.maxItems() && byKind.values().stream().anyMatch(queue -> !queue.isEmpty())) {
            byKind.values().stream()
                    .filter(queue -> !queue.isEmpty())
                    .map(Deque::peek)
                    .sorted(BEST_FIRST)
                    .toList()
                    .forEach(best -> {
                        if (chosen.size() < options.maxItems()) {
                            chosen.add(byKind.get(best.kind()).poll());
                        }
                    });
        }
        chosen.sort(BEST_FIRST);
        return chosen;
    }
}
