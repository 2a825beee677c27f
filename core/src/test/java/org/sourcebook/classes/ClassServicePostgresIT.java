package org.sourcebook.classes;

import org.sourcebook.testsupport.UsesEmbeddedPostgres;

/** {@link ClassServiceContract} on PostgreSQL, the production database. */
@UsesEmbeddedPostgres
class ClassServicePostgresIT extends ClassServiceContract {}
