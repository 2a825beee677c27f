package org.sourcebook.exchange;

import org.sourcebook.testsupport.UsesEmbeddedPostgres;

/** {@link BundleServiceContract} on PostgreSQL, the production database. */
@UsesEmbeddedPostgres
class BundleServicePostgresIT extends BundleServiceContract {}
