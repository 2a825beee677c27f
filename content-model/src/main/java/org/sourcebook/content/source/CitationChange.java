package org.sourcebook.content.source;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Why a citation could not be carried over to its document's new version, and what a teacher can
 * do about it: the passage that now stands where the quote stood, if one does, with the words that
 * changed.
 *
 * @param citation the citation as it is, in the version it was made in
 * @param reason why it was not carried over
 * @param suggestion the passage of the new version that stands in its place, or null when none is
 *     alike enough (the sentence was removed) or the quote stands there several times
 */
public record CitationChange(Span citation, ReviewReason reason, @Nullable Span suggestion) {

    public Optional<Span> suggested() {
        return Optional.ofNullable(suggestion);
    }

    /** The old quote against the suggested passage, word by word; empty without a suggestion. */
    public Optional<TextDiff> diff() {
        return suggested().map(found -> TextDiff.of(citation.quote(), found.quote()));
    }

    /** The values that changed between the old quote and the suggestion ("620" → "780"), in order. */
    public List<TextDiff.Replacement> replacements() {
        return diff().map(TextDiff::replacements).orElse(List.of());
    }
}
