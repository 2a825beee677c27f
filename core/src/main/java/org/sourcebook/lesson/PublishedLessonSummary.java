package org.sourcebook.lesson;

import java.time.Instant;
import org.sourcebook.content.lesson.LessonId;

/** A published lesson in a student's list. */
public record PublishedLessonSummary(LessonId id, String title, String summary, String teacherName, Instant updatedAt) {}
