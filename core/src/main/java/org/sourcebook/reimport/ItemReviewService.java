package org.sourcebook.reimport;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.item.AnswerUpdate;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.source.CitationChange;
import org.sourcebook.content.source.DocumentId;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.ReanchorOutcome;
import org.sourcebook.content.source.Reanchoring;
import org.sourcebook.content.source.Span;
import org.sourcebook.content.source.TextDiff;
import org.sourcebook.item.ItemService;
import org.sourcebook.item.NoSuchItemException;
import org.sourcebook.item.StoredItem;
import org.sourcebook.persistence.ConcurrentEditException;
import org.sourcebook.source.DocumentService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in teacher's items that wait for review after a re-import: why ({@link #explain}),
 * and the decisions that settle them, each bringing the item back to the status it had before it
 * was flagged (accepted, or draft): {@link #recite}, {@link #keepAsItIs}; rejecting is {@link
 * ItemService#reject}. Another teacher's item reads as missing.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.Name.TEACHER)
public class ItemReviewService {

    private final ItemService items;
    private final DocumentService documents;

    ItemReviewService(ItemService items, DocumentService documents) {
        this.items = items;
        this.documents = documents;
    }

    /**
     * Each citation of the item that cannot be carried over to the newest version of its document,
     * with the reason and the passage that stands there now, and the re-cited item and answer
     * update a decision would store.
     *
     * @throws NoSuchItemException if it does not exist or belongs to someone else
     */
    public ItemReview explain(ItemId id) {
        StoredItem stored = items.findElseThrow(id);
        Map<DocumentId, DocumentVersion> newest = new HashMap<>();
        List<FlaggedCitation> flagged = new ArrayList<>();
        List<Span> recited = new ArrayList<>();
        for (Span citation : stored.item().citations()) {
            DocumentVersion latest = newest.computeIfAbsent(citation.documentId(), documents::latestVersion);
            Optional<Span> moved = moved(citation, latest, flagged);
            if (moved.isPresent() && recited != null) {
                recited.add(moved.get());
            } else {
                recited = null;
            }
        }
        List<TextDiff.Replacement> replacements = flagged.stream()
                .flatMap(citation -> citation.change().replacements().stream())
                .toList();
        Item answerUpdate = AnswerUpdate.apply(stored.item(), replacements).orElse(null);
        return new ItemReview(stored, flagged, recited, answerUpdate);
    }

    /**
     * Cites the passages that now stand where the flagged quotes stood (the other citations move
     * to the newest versions too) and brings the item back to the status it had.
     *
     * @param updateAnswer also store {@link ItemReview#answerUpdate()}, which the teacher was shown
     * @throws IllegalStateException if the item does not wait for review or a flagged citation has
     *     no passage to move to (nothing is changed)
     * @throws ConcurrentEditException if it was saved since {@code expectedVersion}
     * @throws NoSuchItemException if it does not exist or belongs to someone else
     */
    @Transactional
    public StoredItem recite(ItemId id, long expectedVersion, boolean updateAnswer) {
        ItemReview review = explain(id);
        if (!review.canRecite() || review.recited() == null) {
            throw new IllegalStateException("Item " + id + " has no passage to cite instead of the one that changed");
        }
        Item base = updateAnswer ? review.answerUpdated().orElse(review.item().item()) : review.item().item();
        return items.settleReview(base.withCitations(review.recited()), expectedVersion, false);
    }

    /**
     * Keeps the item as it is, citing the version it cites, and brings it back to the status it
     * had; later re-imports no longer flag it (they move it if its quotes come back).
     *
     * @throws IllegalStateException if the item does not wait for review
     * @throws ConcurrentEditException if it was saved since {@code expectedVersion}
     * @throws NoSuchItemException if it does not exist or belongs to someone else
     */
    @Transactional
    public StoredItem keepAsItIs(ItemId id, long expectedVersion) {
        return items.settleReview(items.findElseThrow(id).item(), expectedVersion, true);
    }

    /** The citation in {@code latest}: carried over, or the suggested passage (then it is flagged too). */
    private Optional<Span> moved(Span citation, DocumentVersion latest, List<FlaggedCitation> flagged) {
        if (citation.version() == latest.version()) {
            return Optional.of(citation);
        }
        DocumentVersion cited = documents.findVersionElseThrow(citation.documentId(), citation.version());
        if (Reanchoring.reanchor(citation, cited, latest) instanceof ReanchorOutcome.Anchored anchored) {
            return Optional.of(anchored.anchored());
        }
        CitationChange change = Reanchoring.review(citation, cited, latest).orElseThrow();
        flagged.add(new FlaggedCitation(change, latest.metadata().title(), latest.version()));
        return change.suggested();
    }
}
