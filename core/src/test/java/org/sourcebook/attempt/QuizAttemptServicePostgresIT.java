package org.sourcebook.attempt;

import org.sourcebook.testsupport.UsesEmbeddedPostgres;

/** {@link QuizAttemptServiceContract} on PostgreSQL, the production database. */
@UsesEmbeddedPostgres
class QuizAttemptServicePostgresIT extends QuizAttemptServiceContract {}
