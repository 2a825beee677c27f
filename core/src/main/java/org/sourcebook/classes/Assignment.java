package org.sourcebook.classes;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.lesson.LessonId;

/**
 * A lesson assigned to a class. Students of the class reach the lesson from {@code opensAt} (at
 * once when null) while it stays published; {@code dueAt} is shown to them as the due date.
 *
 * @param published whether the lesson is still published (an unpublished lesson is hidden from students)
 */
public record Assignment(AssignmentId id, ClassId classId, LessonId lesson, String lessonTitle, boolean published,
        @Nullable Instant opensAt, @Nullable Instant dueAt) {}
