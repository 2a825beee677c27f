package org.sourcebook.item;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ItemRepository extends JpaRepository<ItemEntity, UUID> {

    List<ItemEntity> findByOwnerIdAndDocumentId(long ownerId, UUID documentId);

    List<ItemEntity> findByDocumentId(UUID documentId);
}
