package org.sourcebook.attempt;

/** {@link QuizAttemptServiceContract} on H2, the default database. */
class QuizAttemptServiceH2Test extends QuizAttemptServiceContract {}
