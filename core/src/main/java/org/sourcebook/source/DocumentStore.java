package org.sourcebook.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sourcebook.content.source.DocumentId;
import org.sourcebook.content.source.DocumentMetadata;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.TextRange;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** Maps document versions to rows and back; JSON for metadata and paragraph/sentence ranges. */
@Component
class DocumentStore {

    /** The stored form of a version's boundaries. */
    record Segmentation(List<TextRange> paragraphs, List<TextRange> sentences) {}

    private final SourceDocumentRepository documents;
    private final DocumentVersionRepository versions;
    private final ObjectMapper json;

    DocumentStore(SourceDocumentRepository documents, DocumentVersionRepository versions, ObjectMapper json) {
        this.documents = documents;
        this.versions = versions;
        this.json = json;
    }

    SourceDocumentEntity saveFirstVersion(long ownerId, DocumentVersion version, StoredFile file, Instant at) {
        // save() may merge (the id is assigned, not generated): only the returned instance is managed.
        SourceDocumentEntity document = documents.save(
                new SourceDocumentEntity(version.documentId().value(), ownerId, version.metadata().title(), at));
        versions.save(toEntity(version, file, at));
        return document;
    }

    void saveNextVersion(SourceDocumentEntity document, DocumentVersion version, StoredFile file, Instant at) {
        document.advanceTo(version.version(), version.metadata().title(), at);
        // the version-checked row first: of two imports of the same next version, the second fails
        // on it as a concurrent edit rather than on the duplicate version row
        documents.saveAndFlush(document);
        versions.save(toEntity(version, file, at));
    }

    Optional<SourceDocumentEntity> findDocument(DocumentId id) {
        return documents.findById(id.value());
    }

    List<SourceDocumentEntity> findOwnedBy(long ownerId) {
        return documents.findByOwnerIdOrderByUpdatedAtDesc(ownerId);
    }

    Page<SourceDocumentEntity> findOwnedBy(long ownerId, String titleContains, Pageable pageable) {
        return documents.findByOwnerIdAndTitleContainingIgnoreCase(ownerId, titleContains, pageable);
    }

    /**
     * Replaces the metadata of the latest version of {@code document}; text and boundaries stay.
     * Written at once, so {@code document} carries its new optimistic-lock version.
     */
    void correctLatestMetadata(SourceDocumentEntity document, DocumentMetadata metadata, Instant at) {
        DocumentVersionEntity latest = versions.findByDocumentIdAndVersionNumber(document.id(), document.latestVersion())
                .orElseThrow(() -> new NoSuchDocumentException(new DocumentId(document.id()), document.latestVersion()));
        latest.correctMetadata(write(metadata));
        document.retitle(metadata.title(), at);
        documents.saveAndFlush(document);
    }

    List<VersionSummary> history(DocumentId id) {
        return versions.findByDocumentIdOrderByVersionNumberAsc(id.value()).stream()
                .map(row -> new VersionSummary(row.versionNumber(), read(row.metadataJson(), DocumentMetadata.class).title(),
                        row.importedAt(), row.file().name()))
                .toList();
    }

    Optional<DocumentVersion> findVersion(DocumentId id, int number) {
        return versions.findByDocumentIdAndVersionNumber(id.value(), number).map(this::toVersion);
    }

    private DocumentVersionEntity toEntity(DocumentVersion version, StoredFile file, Instant at) {
        return new DocumentVersionEntity(version.documentId().value(), version.version(), version.text(),
                version.sha256(), write(version.metadata()),
                write(new Segmentation(version.paragraphs(), version.sentences())), file, at);
    }

    private DocumentVersion toVersion(DocumentVersionEntity row) {
        Segmentation segmentation = read(row.segmentationJson(), Segmentation.class);
        return new DocumentVersion(new DocumentId(row.documentId()), row.versionNumber(), row.text(), row.sha256(),
                read(row.metadataJson(), DocumentMetadata.class), segmentation.paragraphs(), segmentation.sentences());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored " + type.getSimpleName() + " is not valid JSON", e);
        }
    }
}
