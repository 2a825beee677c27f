package org.sourcebook.item;

/** {@link ItemBankContract} on H2, the default database. */
class ItemBankH2Test extends ItemBankContract {}
