package org.sourcebook.lesson;

import org.sourcebook.testsupport.UsesEmbeddedPostgres;

/** {@link LessonServiceContract} on PostgreSQL, the production database. */
@UsesEmbeddedPostgres
class LessonServicePostgresIT extends LessonServiceContract {}
