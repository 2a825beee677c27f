package org.sourcebook.content.lesson;

/**
 * What students get of a published quiz while some of its questions wait for the teacher's review
 * because a re-import changed or removed the passage they cite.
 */
public enum FlaggedQuestions {
    /** The quiz goes on with the questions as they were accepted (citing the version they were accepted with). */
    KEEP_SERVING,
    /** No new attempt starts until the teacher has reviewed every flagged question; running attempts go on. */
    HOLD_QUIZ
}
