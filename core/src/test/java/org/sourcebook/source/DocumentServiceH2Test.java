package org.sourcebook.source;

/** {@link DocumentServiceContract} on H2, the default database. */
class DocumentServiceH2Test extends DocumentServiceContract {}
