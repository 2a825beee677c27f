package org.sourcebook.source;

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
import org.jspecify.annotations.Nullable;

/**
 * One stored version. The text and its boundaries are written once and never change: a re-import
 * adds a row. Only the metadata (what the teacher says about the source) may be corrected later.
 * The metadata and the paragraph/sentence ranges are JSON; the text is stored as normalized.
 */
@Entity
@Table(name = "document_version")
@IdClass(DocumentVersionEntity.Key.class)
class DocumentVersionEntity {

    record Key(UUID documentId, int versionNumber) implements Serializable {
        Key() {
            this(new UUID(0, 0), 0);
        }
    }

    @Id
    @Column(name = "document_id")
    private UUID documentId;

    @Id
    @Column(name = "version_number")
    private int versionNumber;

    /** TEXT in the migration: unbounded on PostgreSQL, CHARACTER VARYING (up to 1e9 chars) on H2. */
    @Column(name = "text_content", nullable = false)
    private String text;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(nullable = false)
    @JdbcTypeCode(SqlTypes.JSON)
    private String metadata;

    @Column(nullable = false)
    @JdbcTypeCode(SqlTypes.JSON)
    private String segmentation;

    @Column(name = "file_name")
    private @Nullable String fileName;

    @Column(name = "file_type", nullable = false, length = 16)
    private String fileType;

    @Column(name = "byte_size", nullable = false)
    private long byteSize;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected DocumentVersionEntity() {
        this.documentId = new UUID(0, 0);
        this.text = "";
        this.sha256 = "";
        this.metadata = "{}";
        this.segmentation = "{}";
        this.fileType = "";
        this.importedAt = Instant.EPOCH;
    }

    DocumentVersionEntity(
            UUID documentId,
            int versionNumber,
            String text,
            String sha256,
            String metadataJson,
            String segmentationJson,
            StoredFile file,
            Instant importedAt) {
        this.documentId = documentId;
        this.versionNumber = versionNumber;
        this.text = text;
        this.sha256 = sha256;
        this.metadata = metadataJson;
        this.segmentation = segmentationJson;
        this.fileName = file.name();
        this.fileType = file.type();
        this.byteSize = file.byteSize();
        this.importedAt = importedAt;
    }

    UUID documentId() {
        return documentId;
    }

    int versionNumber() {
        return versionNumber;
    }

    String text() {
        return text;
    }

    String sha256() {
        return sha256;
    }

    String metadataJson() {
        return metadata;
    }

    void correctMetadata(String metadataJson) {
        this.metadata = metadataJson;
    }

    String segmentationJson() {
        return segmentation;
    }

    StoredFile file() {
        return new StoredFile(fileName, fileType, byteSize);
    }

    Instant importedAt() {
        return importedAt;
    }
}
