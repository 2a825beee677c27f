package org.sourcebook.lesson;

/** {@link LessonServiceContract} on H2, the default database. */
class LessonServiceH2Test extends LessonServiceContract {}
