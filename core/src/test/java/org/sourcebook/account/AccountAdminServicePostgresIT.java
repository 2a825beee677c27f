package org.sourcebook.account;

import org.sourcebook.testsupport.UsesEmbeddedPostgres;

/** {@link AccountAdminServiceContract} on PostgreSQL, the production database. */
@UsesEmbeddedPostgres
class AccountAdminServicePostgresIT extends AccountAdminServiceContract {}
