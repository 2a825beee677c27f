package org.sourcebook.cardreview;

/** {@link CardReviewServiceContract} on H2, the default database. */
class CardReviewServiceH2Test extends CardReviewServiceContract {}
