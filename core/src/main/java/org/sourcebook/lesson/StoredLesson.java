package org.sourcebook.lesson;

import java.time.Instant;
import org.sourcebook.content.lesson.Lesson;

/** A lesson as stored, with the version an edit must name to save over it. */
public record StoredLesson(Lesson lesson, long version, LessonStatus status, Instant updatedAt) {}
