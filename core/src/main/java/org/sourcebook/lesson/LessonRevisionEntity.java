package org.sourcebook.lesson;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One saved state of a lesson. Written once, never updated. */
@Entity
@Table(name = "lesson_revision")
@IdClass(LessonRevisionEntity.Key.class)
class LessonRevisionEntity {

    record Key(UUID lessonId, int revisionNumber) implements Serializable {
        Key() {
            this(new UUID(0, 0), 0);
        }
    }

    @Id
    @Column(name = "lesson_id")
    private UUID lessonId;

    @Id
    @Column(name = "revision_number")
    private int revisionNumber;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "saved_by", nullable = false)
    private long savedBy;

    @Column(name = "saved_by_name", nullable = false, length = 200)
    private String savedByName;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false)
    @JdbcTypeCode(SqlTypes.JSON)
    private String body;

    protected LessonRevisionEntity() {
        this(new UUID(0, 0), 0, Instant.EPOCH, 0, "", "", "{}");
    }

    LessonRevisionEntity(UUID lessonId, int revisionNumber, Instant savedAt, long savedBy, String savedByName,
            String title, String body) {
        this.lessonId = lessonId;
        this.revisionNumber = revisionNumber;
        this.savedAt = savedAt;
        this.savedBy = savedBy;
        this.savedByName = savedByName;
        this.title = title;
        this.body = body;
    }

    int revisionNumber() {
        return revisionNumber;
    }

    String body() {
        return body;
    }

    LessonRevision toRevision() {
        return new LessonRevision(revisionNumber, savedAt, savedByName, title);
    }
}
