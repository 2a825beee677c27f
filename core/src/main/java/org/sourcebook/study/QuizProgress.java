package org.sourcebook.study;

import org.sourcebook.attempt.QuizStatus;
import org.sourcebook.content.lesson.BlockId;

/** The student's standing with one quiz of a lesson. */
public record QuizProgress(BlockId quiz, QuizStatus status) {}
