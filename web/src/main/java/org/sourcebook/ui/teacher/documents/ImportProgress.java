package org.sourcebook.ui.teacher.documents;

import org.jspecify.annotations.Nullable;
import org.sourcebook.drafting.DraftReport;
import org.sourcebook.source.DocumentSummary;
import org.sourcebook.source.importing.ImportException;

/** What a background import reports, from its own thread; exactly one of the last four ends it. */
interface ImportProgress {

    void entered(ImportStage stage);

    void done(DocumentSummary document, DraftReport drafts);

    /** Nothing is stored; the file could not be imported. */
    void refused(ImportException reason);

    /** @param storedUndrafted the document, if it was stored before the cancel took effect (without drafts) */
    void cancelled(@Nullable DocumentSummary storedUndrafted);

    /** An unexpected error (logged); the document may have been stored without drafts. */
    void crashed(@Nullable DocumentSummary storedUndrafted);
}
