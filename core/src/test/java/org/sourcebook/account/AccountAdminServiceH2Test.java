package org.sourcebook.account;

/** {@link AccountAdminServiceContract} on H2, the default database. */
class AccountAdminServiceH2Test extends AccountAdminServiceContract {}
