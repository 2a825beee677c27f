package org.sourcebook.lesson;

import org.sourcebook.content.lesson.LessonId;

/** The lesson does not exist or belongs to someone else; both read the same. */
public class NoSuchLessonException extends RuntimeException {

    public NoSuchLessonException(LessonId id) {
        super("No lesson " + id);
    }
}
