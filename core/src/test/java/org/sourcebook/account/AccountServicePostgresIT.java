package org.sourcebook.account;

import org.sourcebook.testsupport.UsesEmbeddedPostgres;

/** {@link AccountServiceContract} on PostgreSQL, the production database. */
@UsesEmbeddedPostgres
class AccountServicePostgresIT extends AccountServiceContract {}
