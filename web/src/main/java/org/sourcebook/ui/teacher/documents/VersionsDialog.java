package org.sourcebook.ui.teacher.documents;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.item.ItemService;
import org.sourcebook.persistence.ConcurrentEditException;
import org.sourcebook.source.DocumentService;
import org.sourcebook.source.DocumentSummary;
import org.sourcebook.source.ReimportReport;
import org.sourcebook.source.VersionSummary;
import org.sourcebook.source.importing.ImportException;
import org.sourcebook.source.importing.ImportLimits;

/**
 * A document's versions, how many of its items need review, and a re-import of a new version
 * (which moves the items' citations, or flags them for review).
 */
class VersionsDialog extends Dialog {

    private final DocumentService documents;
    private final ItemService items;
    private final DocumentSummary document;
    private final Runnable onReimported;
    final Grid<VersionSummary> versions = new Grid<>();
    final Paragraph needsReview = new Paragraph();
    final Paragraph outcome = new Paragraph();

    VersionsDialog(DocumentSummary document, DocumentService documents, ItemService items, ImportLimits limits,
            Runnable onReimported) {
        this.documents = documents;
        this.items = items;
        this.document = document;
        this.onReimported = onReimported;
        setId("versions-dialog");
        setHeaderTitle(getTranslation("documents.versions.heading", document.title()));
        setWidth("48em");
        versions.addColumn(VersionSummary::number).setHeader(getTranslation("documents.versions.number")).setAutoWidth(true);
        versions.addColumn(version -> DocumentLibraryView.formatInstant(getLocale(), version.importedAt()))
                .setHeader(getTranslation("documents.versions.date")).setAutoWidth(true);
        versions.addColumn(VersionSummary::title).setHeader(getTranslation("documents.versions.title"));
        versions.addComponentColumn(version -> new Anchor(DocumentRoutes.reader(document.id(), version.number()),
                getTranslation("documents.versions.read"))).setAutoWidth(true);
        versions.setAllRowsVisible(true);
        needsReview.setId("versions-needs-review");
        outcome.setId("versions-outcome");
        add(versions, needsReview, new H3(getTranslation("documents.versions.reimport")),
                new Paragraph(getTranslation("documents.versions.reimport.hint")),
                DocumentUploads.sourceFileUpload(this, limits, this::reimport, this::showError), outcome);
        getFooter().add(new Button(getTranslation("documents.versions.close"), click -> close()));
        refresh();
    }

    private void reimport(ReceivedFile file) {
        outcome.removeClassName(LumoUtility.TextColor.ERROR);
        try {
            ReimportReport report = documents.reimportFile(
                    document.id(), file.bytes(), file.fileName(), file.contentType(), null);
            outcome.setText(getTranslation("documents.versions.reimported", report.document().latestVersion(),
                    report.items().itemsReanchored(), report.items().itemsNeedingReview()));
            refresh();
            onReimported.run();
        } catch (ImportException e) {
            showError(DocumentUploads.reason(this, e));
        } catch (ConcurrentEditException changedMeanwhile) {
            showError(getTranslation("conflict.document.reimport"));
            refresh();
        }
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
