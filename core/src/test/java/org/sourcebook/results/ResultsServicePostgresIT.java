package org.sourcebook.results;

import org.sourcebook.testsupport.UsesEmbeddedPostgres;

/** {@link ResultsServiceContract} on PostgreSQL, the production database. */
@UsesEmbeddedPostgres
class ResultsServicePostgresIT extends ResultsServiceContract {}
