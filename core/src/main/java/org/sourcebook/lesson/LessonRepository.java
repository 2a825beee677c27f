package org.sourcebook.lesson;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface LessonRepository extends JpaRepository<LessonEntity, UUID> {

    List<LessonEntity> findByOwnerIdOrderByUpdatedAtDesc(long ownerId);

    List<LessonEntity> findByStatusOrderByUpdatedAtDesc(String status);
}
