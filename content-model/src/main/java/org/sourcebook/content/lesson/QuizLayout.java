package org.sourcebook.content.lesson;

/** How an attempt shows its questions. */
public enum QuizLayout {
    /** One question at a time, with previous / next and a question list to jump to any. */
    ONE_PER_PAGE,
    /** Every question on one page, answered in any order while scrolling. */
    ALL_ON_ONE_PAGE
}
