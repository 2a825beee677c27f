package org.sourcebook.source;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentVersionRepository extends JpaRepository<DocumentVersionEntity, DocumentVersionEntity.Key> {

    Optional<DocumentVersionEntity> findByDocumentIdAndVersionNumber(UUID documentId, int versionNumber);

    List<DocumentVersionEntity> findByDocumentIdOrderByVersionNumberAsc(UUID documentId);
}
