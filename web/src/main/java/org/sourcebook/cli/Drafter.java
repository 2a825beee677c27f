package org.sourcebook.cli;

import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.drafting.Draft;
import org.sourcebook.drafting.DraftOptions;

/** Drafts from one document version: the drafting engine in the jar, a stand-in in tests. */
@FunctionalInterface
interface Drafter {

    Draft draft(DocumentVersion version, DraftOptions options);
}
