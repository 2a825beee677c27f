package org.sourcebook.item;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.persistence.ContentJson;
import org.sourcebook.persistence.OwnedEntity;

/**
 * An item row: the whole item as JSON in {@code body}, and beside it the fields lists filter on
 * (kind, status, origin, quality, cited document, tags, search text). {@code version} guards concurrent edits.
 */
@Entity
@Table(name = "item")
class ItemEntity extends OwnedEntity {

    private static final String NEEDS_REVIEW = ContentJson.wireName(ItemStatus.NEEDS_REVIEW);

    @Column(name = "document_id")
    private @Nullable UUID documentId;

    @Column(nullable = false, length = 32)
    private String kind;

    @Column(nullable = false, length = 16)
    private String status;

    @Column(nullable = false, length = 16)
    private String origin;

    @Column(nullable = false)
    private double quality;

    @Column(nullable = false)
    @JdbcTypeCode(SqlTypes.JSON)
    private String body;

    @Column(name = "search_text", nullable = false, length = ItemSearchText.MAX_LENGTH)
    private String searchText = "";

    /** The status the item had before a re-import flagged it; null unless it is flagged. */
    @Column(name = "flagged_from", length = 16)
    private @Nullable String flaggedFrom;

    /** The teacher chose to keep citing the version the item points into: re-imports no longer flag it. */
    @Column(name = "citations_kept", nullable = false)
    private boolean citationsKept;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "item_tag", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "tag", nullable = false, length = 100)
    private Set<String> tags = new HashSet<>();

    protected ItemEntity() {
        this.kind = "";
        this.status = "";
        this.origin = "";
        this.body = "{}";
    }

    ItemEntity(UUID id, long ownerId, Instant createdAt) {
        super(id, ownerId, createdAt);
        this.kind = "";
        this.status = "";
        this.origin = "";
        this.body = "{}";
    }

    /** Replaces the stored item; the caller derives the filter columns from the same item. */
    void store(ItemColumns columns, String bodyJson, Instant at) {
        this.documentId = columns.documentId();
        this.kind = columns.kind();
        this.status = columns.status();
        this.origin = columns.origin();
        this.quality = columns.quality();
        this.tags = new HashSet<>(columns.tags());
        this.searchText = columns.searchText();
        this.body = bodyJson;
        if (!NEEDS_REVIEW.equals(columns.status())) {
            this.flaggedFrom = null;
        }
        touch(at);
    }

    /** Marks the item flagged by a re-import; {@code from} is the status it had before. */
    void flag(String from) {
        this.flaggedFrom = from;
    }

    void keepCitations(boolean kept) {
        this.citationsKept = kept;
    }

    @Nullable String flaggedFrom() {
        return flaggedFrom;
    }

    boolean citationsKept() {
        return citationsKept;
    }

    String status() {
        return status;
    }

    String body() {
        return body;
    }
}
