package org.sourcebook.lesson;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface LessonRevisionRepository extends JpaRepository<LessonRevisionEntity, LessonRevisionEntity.Key> {

    List<LessonRevisionEntity> findByLessonIdOrderByRevisionNumberDesc(UUID lessonId);

    Optional<LessonRevisionEntity> findFirstByLessonIdOrderByRevisionNumberDesc(UUID lessonId);

    Optional<LessonRevisionEntity> findByLessonIdAndRevisionNumber(UUID lessonId, int revisionNumber);
}
