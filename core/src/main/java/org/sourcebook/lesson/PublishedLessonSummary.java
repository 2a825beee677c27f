package org.sourcebook.lesson;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.lesson.LessonId;

/**
 * A published lesson in a student's list.
 *
 * @param due when the student's assignment of it is due (the earliest, when assigned to several of their classes)
 */
public record PublishedLessonSummary(LessonId id, String title, String summary, String teacherName, Instant updatedAt,
        @Nullable Instant due) {}
