package org.sourcebook.reimport;

import org.sourcebook.testsupport.UsesEmbeddedPostgres;

/** {@link FlaggedQuizContract} on PostgreSQL, the production database. */
@UsesEmbeddedPostgres
class FlaggedQuizPostgresIT extends FlaggedQuizContract {}
