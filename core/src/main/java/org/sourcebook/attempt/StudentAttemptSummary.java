package org.sourcebook.attempt;

import org.sourcebook.content.lesson.BlockId;
import org.sourcebook.content.lesson.LessonId;

/** One attempt in a teacher's overview of a class: whose it is, at which quiz, and its summary. */
public record StudentAttemptSummary(long studentId, LessonId lesson, BlockId quiz, AttemptSummary summary) {}
