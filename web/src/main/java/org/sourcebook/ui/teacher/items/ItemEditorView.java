package org.sourcebook.ui.teacher.items;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.ItemInfo;
import org.sourcebook.content.item.ItemKind;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.source.DocumentId;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.Span;
import org.sourcebook.content.source.TextRange;
import org.sourcebook.item.ItemService;
import org.sourcebook.item.NoSuchItemException;
import org.sourcebook.item.StoredItem;
import org.sourcebook.persistence.ConcurrentEditException;
import org.sourcebook.reimport.ItemReviewService;
import org.sourcebook.source.DocumentService;
import org.sourcebook.source.NoSuchDocumentException;

/**
 * Edits one item ({@code teacher/items/<id>}) or writes a new one ({@code teacher/items/new}, the
 * kind chosen first; {@code ?document=&version=&start=&end=} make it cite that passage). The cited
 * passages stand beside the form. Saving names the version the edit started from; if someone saved
 * in between, a dialog offers to reload or to save this edit as a copy, never to overwrite. An item
 * that waits for review after a re-import shows why above the form, with the decisions that
 * settle it ({@link ReviewPanel}).
 */
@Route(ItemRoutes.EDITOR)
@RolesAllowed(Role.Name.TEACHER)
public class ItemEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ItemService items;
    private final DocumentService documents;
    private final ItemReviewService reviews;
    private @Nullable StoredItem loaded;
    private @Nullable ItemForm form;
    private boolean isNew;

    ItemEditorView(ItemService items, DocumentService documents, ItemReviewService reviews) {
        this.items = items;
        this.documents = documents;
        this.reviews = reviews;
        setId("item-editor");
    }

    @Override
    public String getPageTitle() {
        return getTranslation(isNew ? "items.editor.new-title" : "items.editor.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("itemId").orElse("");
        isNew = ItemRoutes.NEW.equals(id);
        if (isNew) {
            showNew(event.getLocation().getQueryParameters());
        } else {
            showExisting(id);
        }
    }

    private void showExisting(String id) {
        try {
            show(items.findElseThrow(new ItemId(UUID.fromString(id))));
        } catch (IllegalArgumentException | NoSuchItemException missing) {
            message("items.editor.not-found");
        }
    }

    private void show(StoredItem stored) {
        loaded = stored;
        showForm(stored.item());
    }

    private void showNew(QueryParameters parameters) {
        loaded = null;
        List<Span> citations;
        try {
            citations = citation(parameters.getParameters());
        } catch (IllegalArgumentException | NoSuchDocumentException invalid) {
            message("items.new.invalid-citation");
            return;
        }
        removeAll();
        RadioButtonGroup<ItemKind> kind = new RadioButtonGroup<>(getTranslation("items.new.choose-kind"));
        kind.setId("new-item-kind");
        kind.setItems(ItemKind.values());
        kind.setItemLabelGenerator(ItemTexts::kind);
        kind.addValueChangeListener(chosen -> showForm(
                AnswerEditor.blank(chosen.getValue(), ItemInfo.written("").withCitations(citations))));
        add(kind);
        citations.forEach(span -> add(new CitationView(span, new CitedVersions(documents).of(span))));
    }

    /** The passage the query names; none if it names none. */
    private List<Span> citation(Map<String, List<String>> parameters) {
        List<String> names = List.of("document", "version", "start", "end");
        if (names.stream().noneMatch(parameters::containsKey)) {
            return List.of();
        }
        String[] values = names.stream().map(name -> single(parameters, name)).toArray(String[]::new);
        DocumentVersion version = documents.findVersionElseThrow(DocumentId.parse(values[0]), Integer.parseInt(values[1]));
        return List.of(version.cite(new TextRange(Integer.parseInt(values[2]), Integer.parseInt(values[3]))));
    }

    private static String single(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        if (values.size() != 1) {
            throw new IllegalArgumentException("Expected one " + name);
        }
        return values.get(0);
    }

    private void showForm(Item item) {
        removeAll();
        ItemForm itemForm = new ItemForm(item);
        form = itemForm;
        Button save = new Button(getTranslation("items.editor.save"), click -> save());
        save.setId("item-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button bank = new Button(getTranslation("items.editor.to-bank"), click -> UI.getCurrent().navigate(ItemRoutes.BANK));
        Paragraph status = new Paragraph(getTranslation("items.editor.status", ItemTexts.status(item.status()),
                getTranslation("items.origin." + ItemTexts.key(item.info().origin()))));
        status.setId("item-status");
        HorizontalLayout buttons = new HorizontalLayout(save, bank);
        if (loaded != null && item.status() == ItemStatus.DRAFT) {
            Button accept = new Button(getTranslation("drafts.edit.save-accept"), click -> saveAndAccept());
            accept.setId("item-save-accept");
            accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            buttons.addComponentAtIndex(1, accept);
        }
        buttons.setWrap(true);
        VerticalLayout left = new VerticalLayout(status, itemForm, buttons);
        left.setPadding(false);
        VerticalLayout right = new VerticalLayout(new H4(getTranslation("items.editor.source")));
        right.setPadding(false);
        right.setId("item-citations");
        CitedVersions versions = new CitedVersions(documents);
        if (item.citations().isEmpty()) {
            right.add(new Paragraph(getTranslation("items.editor.no-citation")));
        }
        item.citations().forEach(span -> right.add(new CitationView(span, versions.of(span))));
        HorizontalLayout columns = new HorizontalLayout(left, right);
        columns.setWidthFull();
        columns.setAlignItems(FlexComponent.Alignment.START);
        columns.setFlexGrow(2, left);
        columns.setFlexGrow(1, right);
        columns.addClassNames(LumoUtility.FlexWrap.WRAP);
        StoredItem stored = loaded;
        if (stored != null && item.status() == ItemStatus.NEEDS_REVIEW) {
            add(new ReviewPanel(reviews.explain(item.id()), ReviewPanel.decisions(
                    updateAnswer -> settle(() -> reviews.recite(item.id(), stored.version(), updateAnswer),
                            "items.review.recited"),
                    () -> settle(() -> reviews.keepAsItIs(item.id(), stored.version()), "items.review.kept"),
                    () -> settle(() -> items.reject(item.id(), stored.version()), "items.review.rejected"))));
        }
        add(columns);
    }

    /** Carries out a review decision and shows the item as it is now; a conflict shows the saved item. */
    private void settle(Supplier<StoredItem> decision, String doneKey) {
        try {
            show(decision.get());
            notify(doneKey, NotificationVariant.LUMO_SUCCESS);
        } catch (ConcurrentEditException | IllegalStateException changedMeanwhile) {
            showExisting(loadedId());
            notify("items.review.changed-elsewhere", NotificationVariant.LUMO_ERROR);
        }
    }

    private String loadedId() {
        StoredItem stored = loaded;
        return stored == null ? "" : stored.item().id().value().toString();
    }

    private void save() {
        ItemForm current = form;
        if (current == null) {
            return;
        }
        if (!current.isReadable()) {
            notify("items.editor.fix-fields", NotificationVariant.LUMO_ERROR);
            return;
        }
        Item item = current.value();
        StoredItem before = loaded;
        if (before == null) {
            boolean valid = item.isValid();
            StoredItem stored = items.add(List.of(valid ? item : item.withStatus(ItemStatus.DRAFT))).get(0);
            notify(valid ? "items.editor.saved" : "items.editor.saved-as-draft", NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate(ItemRoutes.editor(stored.item().id()));
            return;
        }
        try {
            loaded = items.update(item, before.version());
            notify("items.editor.saved", NotificationVariant.LUMO_SUCCESS);
        } catch (ConcurrentEditException conflict) {
            conflictDialog(item);
        }
    }

    /** Saves a draft as accepted, if it is complete; the page then shows it accepted. */
    private void saveAndAccept() {
        ItemForm current = form;
        StoredItem before = loaded;
        if (current == null || before == null) {
            return;
        }
        if (!current.isReadable() || !current.value().isValid()) {
            notify("drafts.edit.incomplete", NotificationVariant.LUMO_ERROR);
            return;
        }
        try {
            show(items.update(current.value().withStatus(ItemStatus.ACCEPTED), before.version()));
            notify("items.editor.accepted", NotificationVariant.LUMO_SUCCESS);
        } catch (ConcurrentEditException conflict) {
            conflictDialog(current.value());
        }
    }

    private void conflictDialog(Item mine) {
        Dialog dialog = new Dialog();
        dialog.setId("item-conflict");
        dialog.setHeaderTitle(getTranslation("items.conflict.title"));
        dialog.add(new Paragraph(getTranslation("items.conflict.message")));
        Button reload = new Button(getTranslation("items.conflict.reload"), click -> {
            dialog.close();
            showExisting(mine.id().value().toString());
            notify("items.conflict.reloaded", NotificationVariant.LUMO_CONTRAST);
        });
        reload.setId("conflict-reload");
        Button copy = new Button(getTranslation("items.conflict.copy"), click -> {
            dialog.close();
            saveCopy(mine);
        });
        copy.setId("conflict-copy");
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button keepEditing = new Button(getTranslation("items.conflict.keep-editing"), click -> dialog.close());
        dialog.getFooter().add(keepEditing, reload, copy);
        dialog.open();
    }

    private void saveCopy(Item mine) {
        ItemInfo info = mine.info();
        Item copy = mine.withInfo(new ItemInfo(ItemId.random(), info.prompt(), info.feedback(), info.citations(), info.tags(),
                info.status(), info.origin(), info.qualityScore()));
        items.add(List.of(copy));
        notify("items.conflict.copied", NotificationVariant.LUMO_SUCCESS);
        UI.getCurrent().navigate(ItemRoutes.editor(copy.id()));
    }

    private void message(String key) {
        removeAll();
        form = null;
        Paragraph message = new Paragraph(getTranslation(key));
        message.setId("item-editor-message");
        Button bank = new Button(getTranslation("items.editor.to-bank"), click -> UI.getCurrent().navigate(ItemRoutes.BANK));
        add(new Div(message), bank);
    }

    private void notify(String key, NotificationVariant variant) {
        Notification notification = Notification.show(getTranslation(key));
        notification.addThemeVariants(variant);
    }
}
