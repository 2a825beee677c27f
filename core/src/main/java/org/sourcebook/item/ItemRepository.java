package org.sourcebook.item;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ItemRepository extends JpaRepository<ItemEntity, UUID>, ItemSearch {

    List<ItemEntity> findByOwnerIdAndDocumentId(long ownerId, UUID documentId);

    List<ItemEntity> findByOwnerIdOrderByCreatedAtAscIdAsc(long ownerId);

    List<ItemEntity> findByOwnerIdAndDocumentIdAndStatus(long ownerId, UUID documentId, String status);

    @Query("select distinct t from ItemEntity i join i.tags t where i.ownerId = :ownerId order by t")
    List<String> findTagsOf(long ownerId);

    @Query(value = "select count(*) from source_document where id = :documentId and owner_id = :ownerId", nativeQuery = true)
    int countDocumentsOwnedBy(UUID documentId, long ownerId);
}
