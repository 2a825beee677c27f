package org.sourcebook.item;

import org.sourcebook.testsupport.UsesEmbeddedPostgres;

/** {@link ItemBankContract} on PostgreSQL, the production database. */
@UsesEmbeddedPostgres
class ItemBankPostgresIT extends ItemBankContract {}
