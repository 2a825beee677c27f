package org.sourcebook.source;

import org.sourcebook.testsupport.UsesEmbeddedPostgres;

/** {@link DocumentServiceContract} on PostgreSQL, the production database. */
@UsesEmbeddedPostgres
class DocumentServicePostgresIT extends DocumentServiceContract {}
