package org.sourcebook.content.lesson;

/** When students see whether they were right, the feedback and the citation. */
public enum FeedbackTiming {
    /** After each question is answered; answers are then locked. */
    IMMEDIATE,
    /** When the student submits the whole attempt. */
    AFTER_SUBMISSION,
    /** When the quiz closes for everyone, so answers cannot be passed on while it is open. */
    AFTER_CLOSE
}
