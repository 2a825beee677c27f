package org.sourcebook.ui.teacher.documents;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Locale;
import org.sourcebook.content.account.Role;
import org.sourcebook.item.ItemService;
import org.sourcebook.lesson.LessonService;
import org.sourcebook.persistence.ConcurrentEditException;
import org.sourcebook.source.DocumentService;
import org.sourcebook.source.DocumentSummary;
import org.sourcebook.source.importing.ImportLimits;
import org.springframework.data.domain.PageRequest;
import org.sourcebook.ui.lesson.Times;

/**
 * The signed-in teacher's documents, searched by title, sorted and paged by the database; each row
 * leads to the reader, the drafts, the metadata and the versions.
 */
@Route(DocumentRoutes.LIBRARY)
@Menu(order = 11, icon = "vaadin:book", title = "nav.teacher.documents")
@RolesAllowed(Role.Name.TEACHER)
public class DocumentLibraryView extends VerticalLayout implements HasDynamicTitle {

    private final DocumentService documents;
    private final ItemService items;
    private final ImportLimits limits;
    private final LessonService lessons;
    private final DocumentImportJobs jobs;
    private final TextField search = new TextField();
    private final Grid<DocumentSummary> grid = new Grid<>();

    DocumentLibraryView(DocumentService documents, ItemService items, LessonService lessons, DocumentImportJobs jobs,
            ImportLimits limits) {
        this.documents = documents;
        this.items = items;
        this.lessons = lessons;
        this.jobs = jobs;
        this.limits = limits;
        setId("document-library");
        setSizeFull();
        add(createToolbar(), createGrid());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("documents.library.title");
    }

    /** A date and time in the person's language and time zone. */
    static String formatInstant(Locale locale, Instant instant) {
        return Times.format(instant, locale);
    }

    private HorizontalLayout createToolbar() {
        search.setId("documents-search");
        search.setPlaceholder(getTranslation("documents.library.search"));
        search.setAriaLabel(getTranslation("documents.library.search"));
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        Anchor upload = new Anchor(DocumentRoutes.UPLOAD, getTranslation("documents.library.upload"));
        upload.setId("library-upload");
        HorizontalLayout toolbar = new HorizontalLayout(search, upload);
        toolbar.setAlignItems(Alignment.BASELINE);
        return toolbar;
    }

    private Grid<DocumentSummary> createGrid() {
        grid.addColumn(DocumentSummary::title).setHeader(getTranslation("documents.library.column.title"))
                .setSortable(true).setSortProperty(DocumentService.SORT_TITLE).setFlexGrow(3).setKey("title");
        grid.addColumn(DocumentSummary::latestVersion).setHeader(getTranslation("documents.library.column.version"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(summary -> formatInstant(getLocale(), summary.updatedAt()))
                .setHeader(getTranslation("documents.library.column.updated"))
                .setSortable(true).setSortProperty(DocumentService.SORT_UPDATED).setAutoWidth(true).setKey("updated");
        grid.addComponentColumn(this::actions).setHeader(getTranslation("documents.library.column.actions"))
                .setAutoWidth(true).setFlexGrow(0).setKey("actions");
        grid.setItems(
                query -> documents.findMine(search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) documents.findMine(search.getValue(), PageRequest.of(0, 1)).getTotalElements());
        grid.setId("documents-grid");
        grid.setEmptyStateText(getTranslation("documents.library.empty"));
        grid.setSizeFull();
        return grid;
    }

    private HorizontalLayout actions(DocumentSummary summary) {
        Button metadata = new Button(getTranslation("documents.library.action.metadata"), click -> editMetadata(summary));
        Button versions = new Button(getTranslation("documents.library.action.versions"),
                click -> new VersionsDialog(summary, documents, items, lessons, jobs, limits,
                        grid.getDataProvider()::refreshAll).open());
        metadata.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        versions.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(
                new Anchor(DocumentRoutes.reader(summary.id()), getTranslation("documents.library.action.read")),
                new Anchor(DocumentRoutes.drafts(summary.id()), getTranslation("documents.library.action.drafts")),
                metadata, versions);
        actions.setAlignItems(Alignment.BASELINE);
        return actions;
    }

    private void editMetadata(DocumentSummary summary) {
        var current = documents.findVersionElseThrow(summary.id(), summary.latestVersion()).metadata();
        new MetadataDialog(current, edited -> {
            try {
                documents.updateMetadata(summary.id(), summary.version(), edited);
                Notification.show(getTranslation("documents.metadata.saved", edited.title()));
            } catch (ConcurrentEditException changedMeanwhile) {
                Notification notification = Notification.show(getTranslation("conflict.document.metadata"));
                notification.setId("documents-metadata-conflict");
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            grid.getDataProvider().refreshAll();
        }).open();
    }
}
