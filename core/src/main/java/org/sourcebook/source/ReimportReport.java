package org.sourcebook.source;

import org.sourcebook.item.ReanchoringReport;

/**
 * The outcome of a re-import: the document, whether a new version was stored, and what happened
 * to its items.
 *
 * @param stored false when the file holds exactly the text of the current version: then nothing
 *     was stored and no item changed
 */
public record ReimportReport(DocumentSummary document, boolean stored, ReanchoringReport items) {

    /** Nothing stored: the file's text is the current version's. */
    static ReimportReport unchanged(DocumentSummary document) {
        return new ReimportReport(document, false, ReanchoringReport.NONE);
    }
}
