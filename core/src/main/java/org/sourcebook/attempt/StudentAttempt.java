package org.sourcebook.attempt;

/** A student's attempt as its teacher sees it: whose it is, and the attempt with its answers. */
public record StudentAttempt(long studentId, QuizAttempt attempt) {}
