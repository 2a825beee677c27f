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
import org.sourcebook.persistence.OwnedEntity;

/**
 * An item row: the whole item as JSON in {@code body}, and beside it the fields lists filter on
 * (kind, status, origin, quality, cited document, tags, search text). {@code version} guards concurrent edits.
 */
@Entity
@Table(name = "item")
class ItemEntity extends OwnedEntity {

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
        touch(at);
    }

    String body() {
        return body;
    }
}
