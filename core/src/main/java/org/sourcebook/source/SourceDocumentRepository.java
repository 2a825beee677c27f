package org.sourcebook.source;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface SourceDocumentRepository extends JpaRepository<SourceDocumentEntity, UUID> {

    List<SourceDocumentEntity> findByOwnerIdOrderByUpdatedAtDesc(long ownerId);

    Page<SourceDocumentEntity> findByOwnerIdAndTitleContainingIgnoreCase(long ownerId, String title, Pageable pageable);
}
