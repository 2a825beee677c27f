package org.sourcebook.exchange;

import org.sourcebook.testsupport.UsesEmbeddedPostgres;

/** {@link ItemExchangeServiceContract} on PostgreSQL, the production database. */
@UsesEmbeddedPostgres
class ItemExchangeServicePostgresIT extends ItemExchangeServiceContract {}
