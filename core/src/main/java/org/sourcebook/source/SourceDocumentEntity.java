package org.sourcebook.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A document as a whole: who owns it, its current title and its latest version number. */
@Entity
@Table(name = "source_document")
class SourceDocumentEntity {

    @Id
    private UUID id;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "latest_version", nullable = false)
    private int latestVersion;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private @Nullable Long version;

    protected SourceDocumentEntity() {
        this.id = new UUID(0, 0);
        this.title = "";
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    SourceDocumentEntity(UUID id, long ownerId, String title, Instant createdAt) {
        this.id = id;
        this.ownerId = ownerId;
        this.title = title;
        this.latestVersion = 1;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    UUID id() {
        return id;
    }

    long ownerId() {
        return ownerId;
    }

    String title() {
        return title;
    }

    int latestVersion() {
        return latestVersion;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    /** Records that version {@code number}, titled {@code newTitle}, is now the latest. */
    void advanceTo(int number, String newTitle, Instant at) {
        this.latestVersion = number;
        this.title = newTitle;
        this.updatedAt = at;
    }
}
