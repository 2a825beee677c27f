package org.sourcebook.ui.teacher.documents;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
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

    /**
     * Forwards each report to {@code page} inside {@code ui}'s session lock, where it may change
     * components; a page closed meanwhile gets nothing, and the import goes on (its result appears
     * in the library).
     */
    static ImportProgress onUi(UI ui, ImportProgress page) {
        return new ImportProgress() {
            @Override
            public void entered(ImportStage stage) {
                update(() -> page.entered(stage));
            }

            @Override
            public void done(DocumentSummary document, DraftReport drafts) {
                update(() -> page.done(document, drafts));
            }

            @Override
            public void refused(ImportException reason) {
                update(() -> page.refused(reason));
            }

            @Override
            public void cancelled(@Nullable DocumentSummary storedUndrafted) {
                update(() -> page.cancelled(storedUndrafted));
            }

            @Override
            public void crashed(@Nullable DocumentSummary storedUndrafted) {
                update(() -> page.crashed(storedUndrafted));
            }

            private void update(Command command) {
                try {
                    ui.access(command);
                } catch (UIDetachedException closed) {
                    // The teacher closed the page; the import goes on.
                }
            }
        };
    }
}
