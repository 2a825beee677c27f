package org.sourcebook.attempt;

import org.sourcebook.content.grading.Grade;

/** An answer checked with immediate feedback: how the save went and, once stored, its grade. */
public record CheckedAnswer(AnswerSave save, Grade grade) {}
