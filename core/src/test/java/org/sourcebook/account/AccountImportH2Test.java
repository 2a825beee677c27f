package org.sourcebook.account;

/** {@link AccountImportContract} on H2, the default database. */
class AccountImportH2Test extends AccountImportContract {}
