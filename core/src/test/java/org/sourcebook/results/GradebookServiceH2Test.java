package org.sourcebook.results;

/** {@link GradebookServiceContract} on H2, the default database. */
class GradebookServiceH2Test extends GradebookServiceContract {}
