package org.sourcebook.reimport;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.source.Span;
import org.sourcebook.item.StoredItem;

/**
 * Why an item waits for review, and what each decision would do.
 *
 * @param flagged the citations that cannot be carried over to their document's newest version;
 *     empty when every passage still stands (then keeping the item as it is settles it)
 * @param recited the item's citations moved to the newest versions, the flagged ones to their
 *     suggested passages; null when a flagged citation has no passage to move to
 * @param answerUpdate the item with its answer (and the prompt and feedback where they hold the
 *     same value) changed as the suggested passages changed, re-cited or not; null when its answer
 *     holds none of the changed values
 */
public record ItemReview(StoredItem item, List<FlaggedCitation> flagged, @Nullable List<Span> recited,
        @Nullable Item answerUpdate) {

    public ItemReview {
        flagged = List.copyOf(flagged);
        recited = recited == null ? null : List.copyOf(recited);
    }

    /** True when every flagged citation has a passage to cite instead. */
    public boolean canRecite() {
        return !flagged.isEmpty() && recited != null;
    }

    public Optional<Item> answerUpdated() {
        return Optional.ofNullable(answerUpdate);
    }
}
