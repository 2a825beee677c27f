package org.sourcebook.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.sourcebook.persistence.OwnedEntity;

/** A document as a whole: who owns it, its current title and its latest version number. */
@Entity
@Table(name = "source_document")
class SourceDocumentEntity extends OwnedEntity {

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "latest_version", nullable = false)
    private int latestVersion;

    protected SourceDocumentEntity() {
        this.title = "";
    }

    SourceDocumentEntity(UUID id, long ownerId, String title, Instant createdAt) {
        super(id, ownerId, createdAt);
        this.title = title;
        this.latestVersion = 1;
    }

    String title() {
        return title;
    }

    int latestVersion() {
        return latestVersion;
    }

    /** Records that version {@code number}, titled {@code newTitle}, is now the latest. */
    void advanceTo(int number, String newTitle, Instant at) {
        this.latestVersion = number;
        this.title = newTitle;
        touch(at);
    }

    /** Records a corrected title of the latest version. */
    void retitle(String newTitle, Instant at) {
        this.title = newTitle;
        touch(at);
    }
}
