package org.sourcebook.cardreview;

import org.sourcebook.testsupport.UsesEmbeddedPostgres;

/** {@link CardReviewServiceContract} on PostgreSQL, the production database. */
@UsesEmbeddedPostgres
class CardReviewServicePostgresIT extends CardReviewServiceContract {}
