package org.sourcebook.ownership;

/** {@link OwnershipContract} on H2, the default database. */
class OwnershipH2Test extends OwnershipContract {}
