package org.sourcebook.exchange;

/** {@link BundleServiceContract} on H2, the default database. */
class BundleServiceH2Test extends BundleServiceContract {}
