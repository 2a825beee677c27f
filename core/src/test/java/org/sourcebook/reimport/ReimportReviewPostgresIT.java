package org.sourcebook.reimport;

import org.sourcebook.testsupport.UsesEmbeddedPostgres;

/** {@link ReimportReviewContract} on PostgreSQL, the production database. */
@UsesEmbeddedPostgres
class ReimportReviewPostgresIT extends ReimportReviewContract {}
