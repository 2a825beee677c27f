package org.sourcebook.reimport;

import org.sourcebook.content.source.CitationChange;

/**
 * One citation of an item that could not be carried over to the newest version of its document.
 *
 * @param documentTitle the document's title, as its newest version gives it
 * @param latestVersion the number of the newest version, which the citation was compared with
 */
public record FlaggedCitation(CitationChange change, String documentTitle, int latestVersion) {}
