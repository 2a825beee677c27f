package org.sourcebook.item;

/** {@link ItemServiceContract} on H2, the default database. */
class ItemServiceH2Test extends ItemServiceContract {}
