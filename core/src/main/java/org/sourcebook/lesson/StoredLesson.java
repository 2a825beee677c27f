package org.sourcebook.lesson;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.lesson.Lesson;

/**
 * A lesson as stored, with the version an edit must name to save over it.
 *
 * @param lesson the teacher's working copy, with every saved edit
 * @param publishedAt when the revision students see was published; null while not published
 * @param unpublishedChanges whether the working copy differs from what students see (only ever
 *     true for a published lesson): the edits reach students when the teacher publishes them
 */
public record StoredLesson(Lesson lesson, long version, LessonStatus status, Instant updatedAt,
        @Nullable Instant publishedAt, boolean unpublishedChanges) {}
