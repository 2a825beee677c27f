package org.sourcebook.content.lesson;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.item.Problem;
import org.sourcebook.content.item.Problems;
import org.sourcebook.content.source.DocumentId;

/**
 * Questions historians ask of a source, answered for the students, so a one-sided document is
 * read as a source rather than as fact. Any field may stay empty while the teacher works on it.
 *
 * @param document the document analysed, or null if the analysis is not tied to an imported one
 * @param origin who made the source, when and where
 * @param purpose why it was made and for whom
 * @param perspective whose view it gives, and what shapes that view
 * @param corroboration what other sources confirm or contradict
 * @param missing what the source leaves out or whose voices are absent
 */
public record SourceAnalysis(
        BlockId id,
        @Nullable DocumentId document,
        String origin,
        String purpose,
        String perspective,
        String corroboration,
        String missing) implements Block {

    public SourceAnalysis {
        Objects.requireNonNull(id, "a block needs an id");
        Stream.of(origin, purpose, perspective, corroboration, missing)
                .forEach(field -> Objects.requireNonNull(field, "source analysis fields must not be null (use an empty text)"));
    }

    @Override
    public BlockKind kind() {
        return BlockKind.SOURCE_ANALYSIS;
    }

    @Override
    public List<Problem> problems() {
        boolean anyAnswered = Stream.of(origin, purpose, perspective, corroboration, missing).anyMatch(field -> !field.isBlank());
        return new Problems()
                .check(anyAnswered, "source-analysis-empty", "a source analysis needs at least one question answered")
                .toList();
    }
}
