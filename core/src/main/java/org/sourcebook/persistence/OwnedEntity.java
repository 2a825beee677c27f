package org.sourcebook.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Columns shared by rows that a person owns and edits: a UUID id, the owner's account id, when
 * it was created and last changed, and the version that makes a concurrent edit fail instead of
 * silently overwriting (optimistic locking).
 */
@MappedSuperclass
public abstract class OwnedEntity {

    @Id
    private UUID id;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private @Nullable Long version;

    protected OwnedEntity() {
        this.id = new UUID(0, 0);
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    protected OwnedEntity(UUID id, long ownerId, Instant createdAt) {
        this.id = id;
        this.ownerId = ownerId;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public long ownerId() {
        return ownerId;
    }

    public boolean isOwnedBy(long accountId) {
        return ownerId == accountId;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The optimistic-lock version: 0 before the first save. */
    public long version() {
        return version == null ? 0 : version;
    }

    protected void touch(Instant at) {
        this.updatedAt = at;
    }
}
