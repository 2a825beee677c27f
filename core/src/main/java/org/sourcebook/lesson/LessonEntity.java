package org.sourcebook.lesson;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.jspecify.annotations.Nullable;
import org.hibernate.type.SqlTypes;
import org.sourcebook.persistence.OwnedEntity;

/** A lesson row: the lesson as JSON in {@code body}; {@code version} guards concurrent edits. */
@Entity
@Table(name = "lesson")
class LessonEntity extends OwnedEntity {

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = 16)
    private String status;

    @Column(nullable = false)
    @JdbcTypeCode(SqlTypes.JSON)
    private String body;

    /** The revision students see; null while the lesson is not published. */
    @Column(name = "published_body")
    @JdbcTypeCode(SqlTypes.JSON)
    private @Nullable String publishedBody;

    @Column(name = "published_at")
    private @Nullable Instant publishedAt;

    protected LessonEntity() {
        this.title = "";
        this.status = "";
        this.body = "{}";
    }

    LessonEntity(UUID id, long ownerId, Instant createdAt) {
        super(id, ownerId, createdAt);
        this.title = "";
        this.status = "";
        this.body = "{}";
    }

    void store(String newTitle, String newStatus, String bodyJson, Instant at) {
        this.title = newTitle;
        this.status = newStatus;
        this.body = bodyJson;
        touch(at);
    }

    /** Releases the working copy to students as it is now. */
    void publish(String publishedStatus, Instant at) {
        this.status = publishedStatus;
        this.publishedBody = body;
        this.publishedAt = at;
        touch(at);
    }

    /** Takes the lesson away from students; the working copy stays. */
    void unpublish(String draftStatus, Instant at) {
        this.status = draftStatus;
        this.publishedBody = null;
        this.publishedAt = null;
        touch(at);
    }

    /** The revision students see: the published one, or (for rows published before it was kept apart) the body. */
    String publishedBody() {
        return publishedBody == null ? body : publishedBody;
    }

    @Nullable String publishedBodyIfAny() {
        return publishedBody;
    }

    @Nullable Instant publishedAt() {
        return publishedAt;
    }

    String body() {
        return body;
    }

    String status() {
        return status;
    }
}
