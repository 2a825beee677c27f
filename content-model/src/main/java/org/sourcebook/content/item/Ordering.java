package org.sourcebook.content.item;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A question where the learner puts entries in order. The entries are stored in the correct
 * order. It is a timeline when its entries carry dates: then every entry must.
 */
public record Ordering(ItemInfo info, List<OrderEntry> entries) implements Question {

    public Ordering {
        Objects.requireNonNull(info, "an item needs its shared fields");
        entries = List.copyOf(entries);
    }

    @Override
    public ItemKind kind() {
        return ItemKind.ORDERING;
    }

    /** True when the entries carry dates (events to put in chronological order). */
    public boolean isTimeline() {
        return entries.stream().anyMatch(entry -> entry.date() != null);
    }

    /** The entries in order, numbered, with their dates: "1. 1613: founded; 2. 1992: destroyed". */
    @Override
    public String canonicalAnswer() {
        return IntStream.range(0, entries.size())
                .mapToObj(index -> (index + 1) + ". " + dated(entries.get(index)))
                .collect(Collectors.joining("; "));
    }

    @Override
    public Ordering withInfo(ItemInfo newInfo) {
        return new Ordering(newInfo, entries);
    }

    @Override
    public List<Problem> answerProblems() {
        List<String> texts = entries.stream().map(OrderEntry::text).toList();
        return new Problems()
                .check(entries.size() >= 2, "ordering-too-few-entries", "ordering needs at least two entries")
                .check(!Rules.anyBlank(texts), "ordering-entry-blank", "entry texts must not be blank")
                .check(!Rules.hasLookalikes(texts), "ordering-entries-duplicate", "entry texts must be distinct")
                .check(!isTimeline() || entries.stream().allMatch(entry -> entry.date() != null),
                        "timeline-date-missing", "every entry of a timeline needs a date")
                .addAll(Rules.distinctIds(entries.stream().map(OrderEntry::id).toList()))
                .toList();
    }

    private static String dated(OrderEntry entry) {
        return entry.date() == null ? entry.text() : entry.date() + ": " + entry.text();
    }
}
