package org.sourcebook.classes;

/** {@link ClassServiceContract} on H2, the default database. */
class ClassServiceH2Test extends ClassServiceContract {}
