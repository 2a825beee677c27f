package org.sourcebook.account;

import org.sourcebook.testsupport.UsesEmbeddedPostgres;

/** {@link AccountImportContract} on PostgreSQL, the production database. */
@UsesEmbeddedPostgres
class AccountImportPostgresIT extends AccountImportContract {}
