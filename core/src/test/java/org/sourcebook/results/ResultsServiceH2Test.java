package org.sourcebook.results;

/** {@link ResultsServiceContract} on H2, the default database. */
class ResultsServiceH2Test extends ResultsServiceContract {}
