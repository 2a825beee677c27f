package org.sourcebook.exchange;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.source.DocumentId;
import org.sourcebook.content.source.DocumentMetadata;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.TextRange;

/** A document in a bundle, with every version it holds (oldest first). */
public record BundleDocument(String id, List<Version> versions) {

    /** One version: the text exactly as stored, its hash, metadata and boundaries. */
    public record Version(
            int version,
            String sha256,
            Metadata metadata,
            String text,
            List<Range> paragraphs,
            List<Range> sentences) {}

    /** Metadata fields; absent ones are null. */
    public record Metadata(
            String title,
            @Nullable String author,
            @Nullable String publisher,
            @Nullable String date,
            @Nullable String address,
            @Nullable String licence,
            @Nullable String notes) {}

    /** Character offsets {@code [start, end)} into the version's text. */
    public record Range(int start, int end) {}

    static BundleDocument of(List<DocumentVersion> versions) {
        return new BundleDocument(versions.get(0).documentId().toString(),
                versions.stream().map(BundleDocument::version).toList());
    }

    /**
     * The versions as content-model values.
     *
     * @throws BundleFormatException naming the document and version that is not valid
     */
    List<DocumentVersion> toVersions() {
        DocumentId documentId = parseId();
        if (versions == null || versions.isEmpty() || versions.contains(null)) {
            throw new BundleFormatException("Document " + id + " has no versions, or an empty one");
        }
        return versions.stream().map(version -> toVersion(documentId, version)).toList();
    }

    private DocumentId parseId() {
        if (id == null) {
            throw new BundleFormatException("A document has no id");
        }
        try {
            return DocumentId.parse(id);
        } catch (IllegalArgumentException e) {
            throw new BundleFormatException("Document id \"" + id + "\" is not a UUID");
        }
    }

    private static Version version(DocumentVersion version) {
        DocumentMetadata m = version.metadata();
        return new Version(version.version(), version.sha256(),
                new Metadata(m.title(), m.author(), m.publisher(), m.date(), m.address(), m.licence(), m.notes()),
                version.text(), ranges(version.paragraphs()), ranges(version.sentences()));
    }

    private DocumentVersion toVersion(DocumentId documentId, Version v) {
        try {
            Metadata m = v.metadata();
            return new DocumentVersion(documentId, v.version(), v.text(), v.sha256(),
                    new DocumentMetadata(m.title(), m.author(), m.publisher(), m.date(), m.address(), m.licence(), m.notes()),
                    textRanges(v.paragraphs()), textRanges(v.sentences()));
        } catch (IllegalArgumentException | NullPointerException invalid) {
            throw new BundleFormatException(
                    "Document " + id + " version " + v.version() + " is not valid: " + invalid.getMessage(), invalid);
        }
    }

    private static List<Range> ranges(List<TextRange> ranges) {
        return ranges.stream().map(range -> new Range(range.start(), range.end())).toList();
    }

    private static List<TextRange> textRanges(List<Range> ranges) {
        return ranges.stream().map(range -> new TextRange(range.start(), range.end())).toList();
    }
}
