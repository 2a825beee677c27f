package org.sourcebook.lesson;

import org.sourcebook.content.lesson.Lesson;

/** A lesson as stored, with the version an edit must name to save over it. */
public record StoredLesson(Lesson lesson, long version) {}
