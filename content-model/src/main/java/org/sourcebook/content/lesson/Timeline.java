package org.sourcebook.content.lesson;

import java.util.List;
import java.util.Objects;
import org.sourcebook.content.item.Problem;
import org.sourcebook.content.item.Problems;

/** Dated events shown in the order given (the editor keeps them chronological). */
public record Timeline(BlockId id, List<TimelineEntry> entries) implements Block {

    public Timeline {
        Objects.requireNonNull(id, "a block needs an id");
        entries = List.copyOf(entries);
    }

    @Override
    public BlockKind kind() {
        return BlockKind.TIMELINE;
    }

    @Override
    public List<Problem> problems() {
        return new Problems()
                .check(!entries.isEmpty(), "timeline-empty", "a timeline needs at least one entry")
                .check(entries.stream().noneMatch(entry -> entry.date().isBlank() || entry.text().isBlank()),
                        "timeline-entry-incomplete", "every timeline entry needs a date and a text")
                .toList();
    }
}
