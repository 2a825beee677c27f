package org.sourcebook.reimport;

/** {@link FlaggedQuizContract} on H2, the default database. */
class FlaggedQuizH2Test extends FlaggedQuizContract {}
