package org.sourcebook.item;

import org.jspecify.annotations.Nullable;
import org.sourcebook.content.item.ItemKind;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.source.DocumentId;

/**
 * A page of the signed-in teacher's question bank: every filter that is set must match (null or
 * blank means "any"), in {@code sort} order, {@code limit} items from {@code offset}. Build it from
 * {@link #all()} with the {@code with...} methods, e.g.
 * {@code ItemQuery.all().withKind(ItemKind.NUMERIC).withText("1992").withPage(0, 50)}.
 *
 * @param document items whose (first) citation is in this document
 * @param text words searched case-insensitively in the prompt and the answer
 */
public record ItemQuery(
        @Nullable DocumentId document,
        @Nullable ItemKind kind,
        @Nullable String tag,
        @Nullable ItemStatus status,
        @Nullable String text,
        ItemSort sort,
        int offset,
        int limit) {

    public static final int DEFAULT_LIMIT = 50;

    public ItemQuery {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("A page needs offset >= 0 and limit >= 1, was " + offset + ", " + limit);
        }
        tag = tag == null || tag.isBlank() ? null : tag.strip();
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** Every item, best quality first, the first {@link #DEFAULT_LIMIT}. */
    public static ItemQuery all() {
        return new ItemQuery(null, null, null, null, null, ItemSort.QUALITY, 0, DEFAULT_LIMIT);
    }

    public ItemQuery withDocument(@Nullable DocumentId newDocument) {
        return new ItemQuery(newDocument, kind, tag, status, text, sort, offset, limit);
    }

    public ItemQuery withKind(@Nullable ItemKind newKind) {
        return new ItemQuery(document, newKind, tag, status, text, sort, offset, limit);
    }

    public ItemQuery withTag(@Nullable String newTag) {
        return new ItemQuery(document, kind, newTag, status, text, sort, offset, limit);
    }

    public ItemQuery withStatus(@Nullable ItemStatus newStatus) {
        return new ItemQuery(document, kind, tag, newStatus, text, sort, offset, limit);
    }

    public ItemQuery withText(@Nullable String newText) {
        return new ItemQuery(document, kind, tag, status, newText, sort, offset, limit);
    }

    public ItemQuery withSort(ItemSort newSort) {
        return new ItemQuery(document, kind, tag, status, text, newSort, offset, limit);
    }

    public ItemQuery withPage(int newOffset, int newLimit) {
        return new ItemQuery(document, kind, tag, status, text, sort, newOffset, newLimit);
    }
}
