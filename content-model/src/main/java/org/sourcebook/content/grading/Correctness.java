package org.sourcebook.content.grading;

/** How a grade reads to a learner: full marks, some credit, or none. */
public enum Correctness {
    CORRECT,
    PARTIAL,
    WRONG
}
