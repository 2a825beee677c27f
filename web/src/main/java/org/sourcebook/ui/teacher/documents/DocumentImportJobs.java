package org.sourcebook.ui.teacher.documents;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcebook.drafting.DraftOptions;
import org.sourcebook.drafting.DraftReport;
import org.sourcebook.drafting.DraftingService;
import org.sourcebook.source.DocumentService;
import org.sourcebook.source.DocumentSummary;
import org.sourcebook.source.StoredFile;
import org.sourcebook.source.importing.DocumentImporter;
import org.sourcebook.source.importing.ImportException;
import org.sourcebook.source.importing.ImportedDocument;
import org.sourcebook.ui.base.background.BackgroundTasks;
import org.springframework.stereotype.Component;

/**
 * Imports an uploaded file and drafts from it in the background, as the teacher who uploaded it.
 * Each stage (extract, store, draft) is its own task, and a cancel takes effect at the next stage
 * boundary: before storing, nothing is stored; after storing, the document stays without drafts.
 * Each stage runs in its own transaction, so a stage never leaves half of its work behind.
 */
@Component
class DocumentImportJobs {

    private static final Logger log = LoggerFactory.getLogger(DocumentImportJobs.class);

    /** A running import; {@link #cancel()} asks it to stop at the next stage boundary. */
    static final class Job {
        private final AtomicBoolean cancelRequested = new AtomicBoolean();

        void cancel() {
            cancelRequested.set(true);
        }

        boolean isCancelRequested() {
            return cancelRequested.get();
        }
    }

    private final BackgroundTasks tasks;
    private final DocumentImporter importer;
    private final DocumentService documents;
    private final DraftingService drafting;

    DocumentImportJobs(BackgroundTasks tasks, DocumentImporter importer, DocumentService documents, DraftingService drafting) {
        this.tasks = tasks;
        this.importer = importer;
        this.documents = documents;
        this.drafting = drafting;
    }

    /** Starts importing {@code file} as the signed-in teacher; progress arrives on another thread. */
    Job start(ReceivedFile file, ImportProgress progress) {
        Executor executor = tasks.asSignedIn();
        Job job = new Job();
        progress.entered(ImportStage.READING);
        executor.execute(() -> extract(executor, job, file, progress));
        return job;
    }

    private void extract(Executor executor, Job job, ReceivedFile file, ImportProgress progress) {
        if (stopped(job, progress, null)) {
            return;
        }
        progress.entered(ImportStage.EXTRACTING);
        try {
            ImportedDocument imported = importer.importFile(file.bytes(), file.fileName(), file.contentType());
            executor.execute(() -> store(executor, job, file, imported, progress));
        } catch (ImportException e) {
            progress.refused(e);
        } catch (RuntimeException e) {
            crashed(e, progress, null);
        }
    }

    private void store(Executor executor, Job job, ReceivedFile file, ImportedDocument imported, ImportProgress progress) {
        if (stopped(job, progress, null)) {
            return;
        }
        progress.entered(ImportStage.STORING);
        try {
            DocumentSummary stored = documents.importText(imported.text(), imported.metadata(),
                    new StoredFile(file.fileName(), imported.format().name(), file.bytes().length));
            executor.execute(() -> draft(job, stored, progress));
        } catch (RuntimeException e) {
            crashed(e, progress, null);
        }
    }

    private void draft(Job job, DocumentSummary stored, ImportProgress progress) {
        if (stopped(job, progress, stored)) {
            return;
        }
        progress.entered(ImportStage.DRAFTING);
        try {
            DraftReport report = drafting.draftFrom(stored.id(), 1, DraftOptions.DEFAULTS);
            progress.entered(ImportStage.DONE);
            progress.done(stored, report);
        } catch (RuntimeException e) {
            crashed(e, progress, stored);
        }
    }

    private static boolean stopped(Job job, ImportProgress progress, @Nullable DocumentSummary stored) {
        if (job.isCancelRequested()) {
            progress.cancelled(stored);
            return true;
        }
        return false;
    }

    private static void crashed(RuntimeException e, ImportProgress progress, @Nullable DocumentSummary stored) {
        log.error("Background import failed", e);
        progress.crashed(stored);
    }
}
