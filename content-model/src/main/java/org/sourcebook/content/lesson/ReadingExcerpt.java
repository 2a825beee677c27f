package org.sourcebook.content.lesson;

import java.util.List;
import java.util.Objects;
import org.sourcebook.content.item.Problem;
import org.sourcebook.content.item.Problems;
import org.sourcebook.content.source.Span;

/** Passages of a source for students to read, in the order given, each shown with its citation. */
public record ReadingExcerpt(BlockId id, List<Span> passages) implements Block {

    public ReadingExcerpt {
        Objects.requireNonNull(id, "a block needs an id");
        passages = List.copyOf(passages);
    }

    @Override
    public BlockKind kind() {
        return BlockKind.READING_EXCERPT;
    }

    @Override
    public List<Problem> problems() {
        return new Problems()
                .check(!passages.isEmpty(), "reading-no-passage", "a reading excerpt needs at least one passage")
                .toList();
    }
}
