package org.sourcebook.exchange;

/** {@link ItemExchangeServiceContract} on H2, the default database. */
class ItemExchangeServiceH2Test extends ItemExchangeServiceContract {}
