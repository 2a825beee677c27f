package org.sourcebook.item;

import org.sourcebook.testsupport.UsesEmbeddedPostgres;

/** {@link ItemServiceContract} on PostgreSQL, the production database. */
@UsesEmbeddedPostgres
class ItemServicePostgresIT extends ItemServiceContract {}
