package org.sourcebook.ui.teacher.documents;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.account.Role;
import org.sourcebook.drafting.DraftReport;
import org.sourcebook.source.DocumentSummary;
import org.sourcebook.source.importing.ImportException;
import org.sourcebook.source.importing.ImportLimits;
import org.sourcebook.ui.base.background.ServerPush;
import org.sourcebook.ui.teacher.lessons.LessonEditorView;

/**
 * Upload a source file; it is imported and drafted in the background while the page shows the
 * stage, and can be cancelled. When it is done, links lead to the drafts and to the reader.
 */
@Route(DocumentRoutes.UPLOAD)
@RolesAllowed(Role.Name.TEACHER)
public class DocumentUploadView extends VerticalLayout implements HasDynamicTitle {

    private final DocumentImportJobs jobs;
    private final Upload upload;
    private final Span stage = new Span();
    private final ProgressBar progressBar = new ProgressBar();
    private final Button cancel = new Button();
    private final Paragraph outcome = new Paragraph();
    private final HorizontalLayout links = new HorizontalLayout();
    private DocumentImportJobs.@Nullable Job job;

    DocumentUploadView(DocumentImportJobs jobs, ImportLimits limits) {
        this.jobs = jobs;
        setId("document-upload");
        ServerPush.whileAttached(this);
        upload = DocumentUploads.sourceFileUpload(this, limits, this::startImport, this::showError);
        add(new Paragraph(getTranslation("documents.upload.intro", String.join(", ", DocumentUploads.ACCEPTED_TYPES),
                DocumentUploads.size(limits.maxFileSize()))), upload, createProgress(), outcome, links,
                new Anchor(DocumentRoutes.LIBRARY, getTranslation("documents.upload.back")));
        outcome.setId("import-outcome");
        links.setId("import-links");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("documents.upload.title");
    }

    private HorizontalLayout createProgress() {
        stage.setId("import-stage");
        progressBar.setId("import-progress");
        progressBar.setWidth("20em");
        cancel.setText(getTranslation("documents.upload.cancel"));
        cancel.setId("import-cancel");
        cancel.addClickListener(click -> cancelJob());
        HorizontalLayout progress = new HorizontalLayout(progressBar, stage, cancel);
        progress.setAlignItems(Alignment.CENTER);
        showRunning(false);
        return progress;
    }

    private void startImport(ReceivedFile file) {
        outcome.setText("");
        outcome.removeClassName(LumoUtility.TextColor.ERROR);
        links.removeAll();
        showRunning(true);
        job = jobs.start(file, ImportProgress.onUi(UI.getCurrent(), new ImportProgress() {
            @Override
            public void entered(ImportStage next) {
                showStage(next);
            }

            @Override
            public void done(DocumentSummary document, DraftReport drafts) {
                finished(document, drafts);
            }

            @Override
            public void refused(ImportException reason) {
                failed(DocumentUploads.reason(DocumentUploadView.this, reason));
            }

            @Override
            public void cancelled(@Nullable DocumentSummary storedUndrafted) {
                stopped(storedUndrafted, "documents.upload.cancelled");
            }

            @Override
            public void crashed(@Nullable DocumentSummary storedUndrafted) {
                stopped(storedUndrafted, "documents.upload.crashed");
            }
        }));
    }

    private void cancelJob() {
        if (job != null) {
            job.cancel();
            cancel.setEnabled(false);
            stage.setText(getTranslation("documents.upload.cancelling"));
        }
    }

    private void showStage(ImportStage next) {
        progressBar.setValue(next.progress());
        stage.setText(getTranslation("documents.import.stage." + next.name()));
    }

    /**
     * Says what came of the upload, drafts and drafted lesson together (one flow, not two places to
     * find): the drafts to review first, then the lesson built from them, then the document itself.
     */
    private void finished(DocumentSummary document, DraftReport drafts) {
        showRunning(false);
        outcome.setText(getTranslation("documents.upload.done", document.title(), drafts.added())
                + " " + getTranslation("documents.upload.done-lesson"));
        Anchor review = new Anchor(DocumentRoutes.drafts(document.id()), getTranslation("documents.upload.review-drafts"));
        review.setId("import-review-drafts");
        Anchor lesson = new Anchor(LessonEditorView.path(drafts.lesson()), getTranslation("documents.upload.open-lesson"));
        lesson.setId("import-open-lesson");
        links.add(review, lesson, new Anchor(DocumentRoutes.reader(document.id()), getTranslation("documents.upload.read")));
    }

    private void failed(String message) {
        showRunning(false);
        showError(message);
    }

    private void stopped(@Nullable DocumentSummary storedUndrafted, String keyPrefix) {
        showRunning(false);
        if (storedUndrafted == null) {
            outcome.setText(getTranslation(keyPrefix + ".nothing-stored"));
        } else {
            outcome.setText(getTranslation(keyPrefix + ".stored-without-drafts", storedUndrafted.title()));
            links.add(new Anchor(DocumentRoutes.reader(storedUndrafted.id()), getTranslation("documents.upload.read")));
        }
    }

    private void showError(String message) {
        outcome.setText(message);
        outcome.addClassName(LumoUtility.TextColor.ERROR);
    }

    private void showRunning(boolean running) {
        if (!running) {
            job = null;
        }
        progressBar.setVisible(running);
        stage.setVisible(running);
        cancel.setVisible(running);
        cancel.setEnabled(running);
        upload.setVisible(!running);
    }
}
