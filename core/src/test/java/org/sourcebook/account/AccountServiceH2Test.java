package org.sourcebook.account;

/** {@link AccountServiceContract} on H2, the default database. */
class AccountServiceH2Test extends AccountServiceContract {}
