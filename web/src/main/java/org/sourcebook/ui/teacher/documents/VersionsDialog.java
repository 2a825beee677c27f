package org.sourcebook.ui.teacher.documents;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.text.NumberFormat;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.drafting.DraftReport;
import org.sourcebook.item.ItemService;
import org.sourcebook.item.ReanchoringReport;
import org.sourcebook.lesson.LessonService;
import org.sourcebook.lesson.StoredLesson;
import org.sourcebook.persistence.ConcurrentEditException;
import org.sourcebook.source.DocumentService;
import org.sourcebook.source.DocumentSummary;
import org.sourcebook.source.LittleTextKeptException;
import org.sourcebook.source.ReimportMode;
import org.sourcebook.source.ReimportReport;
import org.sourcebook.source.VersionSummary;
import org.sourcebook.source.importing.ImportException;
import org.sourcebook.source.importing.ImportLimits;
import org.sourcebook.ui.teacher.lessons.LessonEditorView;

/**
 * A document's versions, how many of its items need review, and a re-import of a new version
 * (which moves the items' citations, or flags them for review). A file with the current text
 * stores nothing; a file that keeps little of it is held back with a warning, to be stored anyway,
 * imported as a new document instead, or dropped. After a re-import the dialog says what happened
 * to the items and which lessons use the items that now wait for review.
 */
class VersionsDialog extends Dialog {

    private final DocumentService documents;
    private final ItemService items;
    private final LessonService lessons;
    private final DocumentImportJobs jobs;
    private final DocumentSummary document;
    private final Runnable onReimported;
    final Grid<VersionSummary> versions = new Grid<>();
    final Paragraph needsReview = new Paragraph();
    final Paragraph outcome = new Paragraph();
    final Div warning = new Div();
    final Div links = new Div();

    VersionsDialog(DocumentSummary document, DocumentService documents, ItemService items, LessonService lessons,
            DocumentImportJobs jobs, ImportLimits limits, Runnable onReimported) {
        this.documents = documents;
        this.items = items;
        this.lessons = lessons;
        this.jobs = jobs;
        this.document = document;
        this.onReimported = onReimported;
        setId("versions-dialog");
        setHeaderTitle(getTranslation("documents.versions.heading", document.title()));
        setWidth("min(48em, 95vw)");
        versions.addColumn(VersionSummary::number).setHeader(getTranslation("documents.versions.number")).setAutoWidth(true);
        versions.addColumn(version -> DocumentLibraryView.formatInstant(getLocale(), version.importedAt()))
                .setHeader(getTranslation("documents.versions.date")).setAutoWidth(true);
        versions.addColumn(VersionSummary::title).setHeader(getTranslation("documents.versions.title"));
        versions.addComponentColumn(version -> new Anchor(DocumentRoutes.reader(document.id(), version.number()),
                getTranslation("documents.versions.read"))).setAutoWidth(true);
        versions.setAllRowsVisible(true);
        needsReview.setId("versions-needs-review");
        outcome.setId("versions-outcome");
        warning.setId("reimport-warning");
        warning.setVisible(false);
        links.setId("versions-links");
        add(versions, needsReview, new H3(getTranslation("documents.versions.reimport")),
                new Paragraph(getTranslation("documents.versions.reimport.hint")),
                DocumentUploads.sourceFileUpload(this, limits, file -> reimport(file, ReimportMode.CHECKED), this::showError),
                warning, outcome, links);
        getFooter().add(new Button(getTranslation("documents.versions.close"), click -> close()));
        refresh();
    }

    private void reimport(ReceivedFile file, ReimportMode mode) {
        clearOutcome();
        try {
            report(documents.reimportFile(document.id(), file.bytes(), file.fileName(), file.contentType(), null, mode));
        } catch (LittleTextKeptException littleKept) {
            warn(file, littleKept);
        } catch (ImportException e) {
            showError(DocumentUploads.reason(this, e));
        } catch (ConcurrentEditException changedMeanwhile) {
            showError(getTranslation("conflict.document.reimport"));
            refresh();
        }
    }

    private void report(ReimportReport report) {
        if (!report.stored()) {
            outcome.setText(getTranslation("documents.versions.unchanged", report.document().latestVersion()));
            return;
        }
        ReanchoringReport moved = report.items();
        outcome.setText(getTranslation("documents.versions.reimported", report.document().latestVersion(), moved.moved(),
                moved.newlyFlagged(), moved.stillFlagged(), moved.leftAsTheyWere()));
        refresh();
        onReimported.run();
        if (moved.needingReview() > 0) {
            links.add(link(DocumentRoutes.drafts(document.id()), getTranslation("documents.versions.review-flagged"),
                    "versions-review-flagged"));
            showAffectedLessons();
        }
    }

    /** The lessons that use items of this document that wait for review, each a link to its editor. */
    private void showAffectedLessons() {
        Set<ItemId> flagged = items.citing(document.id()).stream()
                .filter(stored -> stored.item().status() == ItemStatus.NEEDS_REVIEW)
                .map(stored -> stored.item().id())
                .collect(Collectors.toSet());
        List<StoredLesson> affected = lessons.myLessons().stream()
                .filter(stored -> !Collections.disjoint(stored.lesson().itemIds(), flagged))
                .toList();
        if (affected.isEmpty()) {
            return;
        }
        Div list = new Div(new Paragraph(getTranslation("documents.versions.affected-lessons")));
        list.setId("versions-affected-lessons");
        affected.forEach(stored -> list.add(new Div(new Anchor(LessonEditorView.path(stored.lesson().id()),
                getTranslation("documents.versions.affected-lesson", stored.lesson().title(),
                        getTranslation("lessons.status." + stored.status().name()))))));
        links.add(list);
    }

    /** Holds the file back: little of the current text is in it, so it may be another document. */
    private void warn(ReceivedFile file, LittleTextKeptException littleKept) {
        String share = NumberFormat.getPercentInstance(getLocale()).format(littleKept.keptShare());
        int next = littleKept.latestVersion() + 1;
        Button anyway = new Button(getTranslation("documents.versions.little-kept.anyway", next),
                click -> reimport(file, ReimportMode.EVEN_IF_LITTLE_IS_KEPT));
        anyway.setId("reimport-anyway");
        anyway.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button asNew = new Button(getTranslation("documents.versions.little-kept.as-new"), click -> importAsNew(file));
        asNew.setId("reimport-as-new");
        asNew.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("documents.versions.little-kept.cancel"), click -> {
            clearOutcome();
            outcome.setText(getTranslation("documents.versions.little-kept.cancelled"));
        });
        cancel.setId("reimport-cancel");
        Paragraph message = new Paragraph(getTranslation("documents.versions.little-kept", share,
                littleKept.latestVersion(), next));
        message.setId("reimport-warning-text");
        HorizontalLayout choices = new HorizontalLayout(asNew, anyway, cancel);
        choices.setWrap(true);
        warning.add(message, choices);
        warning.addClassNames(LumoUtility.Padding.SMALL, LumoUtility.Background.ERROR_10, LumoUtility.BorderRadius.MEDIUM);
        warning.setVisible(true);
    }

    /** Imports the held-back file as a new document, drafted in the background like an upload. */
    private void importAsNew(ReceivedFile file) {
        clearOutcome();
        UI ui = UI.getCurrent();
        jobs.start(file, ImportProgress.onUi(ui, new ImportProgress() {
            @Override
            public void entered(ImportStage stage) {
                outcome.setText(getTranslation("documents.import.stage." + stage.name()));
            }

            @Override
            public void done(DocumentSummary imported, DraftReport drafts) {
                outcome.setText(getTranslation("documents.versions.imported-as-new", imported.title(), drafts.added()));
                links.add(link(DocumentRoutes.drafts(imported.id()), getTranslation("documents.upload.review-drafts"),
                        "versions-new-drafts"));
                onReimported.run();
            }

            @Override
            public void refused(ImportException reason) {
                showError(DocumentUploads.reason(VersionsDialog.this, reason));
            }

            @Override
            public void cancelled(@Nullable DocumentSummary storedUndrafted) {
                crashed(storedUndrafted);
            }

            @Override
            public void crashed(@Nullable DocumentSummary storedUndrafted) {
                showError(getTranslation(storedUndrafted == null ? "documents.upload.crashed.nothing-stored"
                        : "documents.upload.crashed.stored-without-drafts", storedUndrafted == null ? ""
                        : storedUndrafted.title()));
                onReimported.run();
            }
        }));
    }

    private static Anchor link(String route, String text, String id) {
        Anchor anchor = new Anchor(route, text);
        anchor.setId(id);
        return anchor;
    }

    private void clearOutcome() {
        outcome.setText("");
        outcome.removeClassName(LumoUtility.TextColor.ERROR);
        warning.removeAll();
        warning.setVisible(false);
        links.removeAll();
    }

    private void showError(String message) {
        outcome.setText(message);
        outcome.addClassName(LumoUtility.TextColor.ERROR);
    }

    private void refresh() {
        versions.setItems(documents.versionHistory(document.id()));
        long flagged = items.citing(document.id()).stream()
                .filter(stored -> stored.item().status() == ItemStatus.NEEDS_REVIEW)
                .count();
        needsReview.setText(getTranslation("documents.versions.needs-review", flagged));
    }
}
