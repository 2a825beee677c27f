package org.sourcebook.lesson;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
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

    void changeStatus(String newStatus, Instant at) {
        this.status = newStatus;
        touch(at);
    }

    String body() {
        return body;
    }

    String status() {
        return status;
    }
}
