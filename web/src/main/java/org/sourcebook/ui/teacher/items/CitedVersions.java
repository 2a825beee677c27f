package org.sourcebook.ui.teacher.items;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.source.DocumentId;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.Span;
import org.sourcebook.source.DocumentService;
import org.sourcebook.source.NoSuchDocumentException;

/** The document versions a view's items cite, each loaded once; a version not found is null. */
final class CitedVersions {

    private final DocumentService documents;
    private final Map<String, Optional<DocumentVersion>> loaded = new HashMap<>();

    CitedVersions(DocumentService documents) {
        this.documents = documents;
    }

    @Nullable DocumentVersion of(Span citation) {
        return of(citation.documentId(), citation.version());
    }

    @Nullable DocumentVersion of(DocumentId document, int version) {
        return loaded.computeIfAbsent(document.value() + "/" + version, key -> {
            try {
                return Optional.of(documents.findVersionElseThrow(document, version));
            } catch (NoSuchDocumentException missing) {
                return Optional.empty();
            }
        }).orElse(null);
    }
}
