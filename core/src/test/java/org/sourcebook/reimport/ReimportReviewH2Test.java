package org.sourcebook.reimport;

/** {@link ReimportReviewContract} on H2, the default database. */
class ReimportReviewH2Test extends ReimportReviewContract {}
