package org.sourcebook.source;

import org.sourcebook.item.ReanchoringReport;

/** The outcome of a re-import: the document with its new version, and what happened to its items. */
public record ReimportReport(DocumentSummary document, ReanchoringReport items) {}
