package org.sourcebook.results;

import org.sourcebook.testsupport.UsesEmbeddedPostgres;

/** {@link GradebookServiceContract} on PostgreSQL, the production database. */
@UsesEmbeddedPostgres
class GradebookServicePostgresIT extends GradebookServiceContract {}
