package org.sourcebook.item;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ItemRepository extends JpaRepository<ItemEntity, UUID> {

    List<ItemEntity> findByOwnerIdAndDocumentId(long ownerId, UUID documentId);

    List<ItemEntity> findByOwnerIdOrderByCreatedAtAscIdAsc(long ownerId);

    @Query(value = "select count(*) from source_document where id = :documentId and owner_id = :ownerId", nativeQuery = true)
    int countDocumentsOwnedBy(UUID documentId, long ownerId);
}
