package org.sourcebook.ownership;

import org.sourcebook.testsupport.UsesEmbeddedPostgres;

/** {@link OwnershipContract} on PostgreSQL, the production database. */
@UsesEmbeddedPostgres
class OwnershipPostgresIT extends OwnershipContract {}
