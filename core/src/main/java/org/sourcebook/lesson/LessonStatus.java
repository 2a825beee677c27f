package org.sourcebook.lesson;

/** Whether students may see a lesson. */
public enum LessonStatus {
    /** Being written; only its teacher sees it. */
    DRAFT,
    /** Checked and released for students. */
    PUBLISHED
}
