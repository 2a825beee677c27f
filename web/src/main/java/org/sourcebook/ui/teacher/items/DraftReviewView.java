package org.sourcebook.ui.teacher.items;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.ItemKind;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.source.DocumentId;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.drafting.DraftChecks;
import org.sourcebook.item.ItemQuery;
import org.sourcebook.item.ItemService;
import org.sourcebook.item.NoSuchItemException;
import org.sourcebook.item.StoredItem;
import org.sourcebook.lesson.ItemPlace;
import org.sourcebook.lesson.LessonService;
import org.sourcebook.lesson.StoredLesson;
import org.sourcebook.persistence.ConcurrentEditException;
import org.sourcebook.source.DocumentService;
import org.sourcebook.ui.lesson.ItemWording;

/**
 * Reviewing a document's drafts at scale ({@code teacher/documents/<id>/drafts}): the items still
 * DRAFT or NEEDS_REVIEW, best quality first, narrowed by words (prompt, answer or cited sentence),
 * kind, quality and cited sentence. Each can be accepted, edited in a dialog (the list stays where it
 * was) or rejected; the selected or all shown ones at once. Every change can be undone from its
 * notification, rejected drafts going back into the lessons they were taken out of. The keyboard
 * works too: on a focused row A accepts, R rejects, E edits, X selects, J/K or the arrows move. The
 * lessons drafted from the document are one click away.
 */
@Route(ItemRoutes.DRAFTS)
@RolesAllowed(Role.Name.TEACHER)
public class DraftReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** How the quality filter narrows the list. */
    enum QualityFilter { ANY, HIGH, LOW, WARNINGS }

    static final String KEY = "event.key";
    static final String TARGET = "event.target.id";
    /** The review's keys pressed on a row, without modifier keys (those belong to the browser). */
    static final String KEY_FILTER = "['a','r','e','x','j','k','ArrowDown','ArrowUp'].includes(event.key) && !event.ctrlKey"
            + " && !event.metaKey && !event.altKey && event.target.classList.contains('draft-row')";
    private static final Set<ItemStatus> TO_REVIEW = EnumSet.of(ItemStatus.DRAFT, ItemStatus.NEEDS_REVIEW);
    private static final int MAX_ROWS = 2_000;
    private static final double HIGH_QUALITY = 0.5;
    private static final int UNDO_MILLIS = 12_000;

    private final ItemService items;
    private final DocumentService documents;
    private final LessonService lessons;
    private final DraftChecks checks = DraftChecks.english();
    private final TextField search = new TextField();
    private final Select<ItemKind> kind = new Select<>();
    private final Select<QualityFilter> quality = new Select<>();
    private final ComboBox<String> sentence = new ComboBox<>();
    private final Paragraph summary = new Paragraph();
    private final Checkbox selectAll = new Checkbox();
    private final Div rows = new Div();
    private final Div lessonLinks = new Div();
    private final Set<ItemId> selected = new LinkedHashSet<>();
    private final Map<ItemId, List<DraftChecks.Failure>> failures = new LinkedHashMap<>();
    private List<StoredItem> drafts = List.of();
    private List<DraftRow> shown = List.of();
    private @Nullable DocumentId document;

    DraftReviewView(ItemService items, DocumentService documents, LessonService lessons) {
        this.items = items;
        this.documents = documents;
        this.lessons = lessons;
        setId("draft-review");
        rows.setId("draft-rows");
        rows.setWidthFull();
        rows.getElement().addEventListener("keydown", this::onKey).addEventData(KEY).addEventData(TARGET)
                .setFilter(KEY_FILTER)
                .preventDefault();
        summary.setId("drafts-summary");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("drafts.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            DocumentId parsed = DocumentId.parse(event.getRouteParameters().get("documentId").orElse(""));
            documents.allVersions(parsed);
            document = parsed;
        } catch (RuntimeException notFound) {
            document = null;
            Paragraph message = new Paragraph(getTranslation("drafts.not-found"));
            message.setId("drafts-message");
            add(message);
            return;
        }
        add(header(), filters(), bulkBar(), keyboardHint(), rows);
        load();
    }

    // ---- building the page

    private Component header() {
        Button acceptAll = new Button(getTranslation("drafts.accept-all-document"), click -> acceptAllOfDocument());
        acceptAll.setId("drafts-accept-all");
        HorizontalLayout head = new HorizontalLayout(summary, acceptAll);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.setWrap(true);
        lessonLinks.setId("drafts-lessons");
        VerticalLayout header = new VerticalLayout(head, lessonLinks);
        header.setPadding(false);
        header.setSpacing(false);
        return header;
    }

    private Component filters() {
        search.setLabel(getTranslation("drafts.filter.search"));
        search.setId("drafts-search");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        kind.setLabel(getTranslation("drafts.filter.kind"));
        kind.setId("drafts-kind");
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("drafts.filter.any-kind"));
        kind.setItemLabelGenerator(value -> value == null ? getTranslation("drafts.filter.any-kind") : ItemTexts.kind(value));
        quality.setLabel(getTranslation("drafts.filter.quality"));
        quality.setId("drafts-quality");
        quality.setItems(QualityFilter.values());
        quality.setValue(QualityFilter.ANY);
        quality.setItemLabelGenerator(value -> getTranslation("drafts.filter.quality." + value.name()));
        sentence.setLabel(getTranslation("drafts.filter.sentence"));
        sentence.setId("drafts-sentence");
        sentence.setClearButtonVisible(true);
        sentence.setWidth("24em");
        sentence.getStyle().set("max-width", "100%");
        search.addValueChangeListener(change -> showRows());
        kind.addValueChangeListener(change -> showRows());
        quality.addValueChangeListener(change -> showRows());
        sentence.addValueChangeListener(change -> showRows());
        FlexLayout filters = new FlexLayout(search, kind, quality, sentence);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-s)");
        return filters;
    }

    private Component bulkBar() {
        selectAll.setLabel(getTranslation("drafts.select-all"));
        selectAll.setId("drafts-select-all");
        selectAll.addValueChangeListener(change -> {
            if (change.isFromClient() || change.getValue() != allShownSelected()) {
                shown.forEach(row -> setSelected(row.draft().item().id(), change.getValue()));
                showRows();
            }
        });
        Button acceptSelected = new Button(getTranslation("drafts.accept-selected"), click -> changeSelected(true));
        acceptSelected.setId("drafts-accept-selected");
        acceptSelected.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        Button rejectSelected = new Button(getTranslation("drafts.reject-selected"), click -> changeSelected(false));
        rejectSelected.setId("drafts-reject-selected");
        rejectSelected.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout bar = new HorizontalLayout(selectAll, acceptSelected, rejectSelected);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    /** Says which keys work; hidden on touch screens, which have none of them. */
    private Component keyboardHint() {
        Paragraph hint = new Paragraph(getTranslation("drafts.keys"));
        hint.setId("drafts-keys");
        hint.addClassName("keyboard-hint");
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return hint;
    }

    // ---- loading and filtering

    private void load() {
        DocumentId shownDocument = document;
        if (shownDocument == null) {
            return;
        }
        CitedVersions versions = new CitedVersions(documents);
        drafts = TO_REVIEW.stream()
                .flatMap(status -> items.find(ItemQuery.all().withDocument(shownDocument).withStatus(status)
                        .withPage(0, MAX_ROWS)).stream())
                .sorted(Comparator.comparingDouble((StoredItem stored) -> stored.item().info().qualityScore()).reversed())
                .toList();
        failures.clear();
        drafts.forEach(stored -> failures.put(stored.item().id(), failuresOf(stored.item(), versions)));
        selected.retainAll(drafts.stream().map(stored -> stored.item().id()).toList());
        kind.setItems(drafts.stream().map(stored -> stored.item().kind()).distinct().sorted().toList());
        sentence.setItems(drafts.stream().flatMap(stored -> stored.item().citations().stream().limit(1))
                .map(org.sourcebook.content.source.Span::quote).distinct().toList());
        showLessons(shownDocument);
        showRows();
    }

    private List<DraftChecks.Failure> failuresOf(Item item, CitedVersions versions) {
        return item.citations().stream().findFirst().map(citation -> {
            DocumentVersion version = versions.of(citation);
            return version == null ? List.<DraftChecks.Failure>of() : checks.failures(item, version);
        }).orElse(List.of());
    }

    /** The lessons that use drafts of this document (the one drafted from it, above all): one flow with the review. */
    private void showLessons(DocumentId shownDocument) {
        Div links = lessonLinks;
        links.removeAll();
        Set<ItemId> fromDocument = items.citing(shownDocument).stream().map(stored -> stored.item().id())
                .collect(Collectors.toSet());
        List<StoredLesson> using = lessons.myLessons().stream()
                .filter(stored -> stored.lesson().itemIds().stream().anyMatch(fromDocument::contains)).toList();
        if (!using.isEmpty()) {
            links.add(new Span(getTranslation("drafts.lessons") + " "));
            using.forEach(stored -> links.add(new Anchor("teacher/lessons/" + stored.lesson().id(),
                    stored.lesson().title()), new Span(" ")));
        }
    }

    private void showRows() {
        rows.removeAll();
        List<StoredItem> matching = drafts.stream().filter(this::matches).toList();
        shown = matching.stream().map(this::row).toList();
        shown.forEach(rows::add);
        summary.setText(getTranslation("drafts.summary", drafts.size())
                + (matching.size() == drafts.size() ? "" : " " + getTranslation("drafts.summary.shown", matching.size())));
        selectAll.setValue(allShownSelected());
        if (matching.isEmpty() && !drafts.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("drafts.none-match"));
            none.setId("drafts-none-match");
            rows.add(none);
        }
    }

    private boolean matches(StoredItem stored) {
        Item item = stored.item();
        String quote = item.citations().isEmpty() ? "" : item.citations().get(0).quote();
        String words = search.getValue().strip().toLowerCase(Locale.ROOT);
        boolean text = words.isEmpty() || (ItemWording.prompt(item) + " " + ItemWording.answer(item, this) + " " + quote)
                .toLowerCase(Locale.ROOT).contains(words);
        boolean ofKind = kind.getValue() == null || kind.getValue() == item.kind();
        boolean fromSentence = sentence.getValue() == null || sentence.getValue().equals(quote);
        return text && ofKind && fromSentence && matchesQuality(item);
    }

    private boolean matchesQuality(Item item) {
        QualityFilter filter = quality.getValue() == null ? QualityFilter.ANY : quality.getValue();
        return switch (filter) {
            case ANY -> true;
            case HIGH -> item.info().qualityScore() >= HIGH_QUALITY;
            case LOW -> item.info().qualityScore() < HIGH_QUALITY;
            case WARNINGS -> !failures.getOrDefault(item.id(), List.of()).isEmpty();
        };
    }

    private DraftRow row(StoredItem stored) {
        ItemId id = stored.item().id();
        return new DraftRow(stored, failures.getOrDefault(id, List.of()), selected.contains(id),
                value -> {
                    setSelected(id, value);
                    selectAll.setValue(allShownSelected());
                }, new DraftRow.Actions() {
                    @Override
                    public void accept(StoredItem draft) {
                        change(List.of(draft), true);
                    }

                    @Override
                    public void edit(StoredItem draft) {
                        openEditor(draft);
                    }

                    @Override
                    public void reject(StoredItem draft) {
                        change(List.of(draft), false);
                    }
                });
    }

    private void setSelected(ItemId id, boolean value) {
        if (value) {
            selected.add(id);
        } else {
            selected.remove(id);
        }
    }

    private boolean allShownSelected() {
        return !shown.isEmpty() && shown.stream().allMatch(row -> selected.contains(row.draft().item().id()));
    }

    // ---- actions

    private void changeSelected(boolean accept) {
        List<StoredItem> chosen = shown.stream().map(DraftRow::draft).filter(draft -> selected.contains(draft.item().id()))
                .toList();
        if (chosen.isEmpty()) {
            Notification.show(getTranslation("drafts.nothing-selected"));
            return;
        }
        change(chosen, accept);
    }

    private void acceptAllOfDocument() {
        List<StoredItem> all = drafts.stream().filter(draft -> draft.item().status() == ItemStatus.DRAFT).toList();
        if (!all.isEmpty()) {
            change(all, true);
        }
    }

    /**
     * Accepts or rejects {@code chosen} together (all or nothing), then offers to undo: the items get
     * their status back and rejected ones return to the lessons they were taken out of. The focus
     * moves to the row after the last one changed.
     */
    private void change(List<StoredItem> chosen, boolean accept) {
        Map<ItemId, Long> versions = new LinkedHashMap<>();
        Map<ItemId, ItemStatus> before = new LinkedHashMap<>();
        chosen.forEach(draft -> {
            versions.put(draft.item().id(), draft.version());
            before.put(draft.item().id(), draft.item().status());
        });
        @Nullable ItemId next = rowAfter(chosen);
        List<ItemPlace> places = accept ? List.of() : lessons.placesOf(versions.keySet());
        try {
            List<StoredItem> changed = accept ? items.acceptAll(versions) : items.rejectAll(versions);
            chosen.forEach(draft -> selected.remove(draft.item().id()));
            offerUndo(changed, before, places, accept);
        } catch (ConcurrentEditException | NoSuchItemException changedElsewhere) {
            Notification.show(getTranslation("drafts.changed-elsewhere")).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        load();
        focus(next);
    }

    private @Nullable ItemId rowAfter(List<StoredItem> chosen) {
        Set<ItemId> changing = chosen.stream().map(draft -> draft.item().id()).collect(Collectors.toSet());
        int last = -1;
        for (int index = 0; index < shown.size(); index++) {
            if (changing.contains(shown.get(index).draft().item().id())) {
                last = index;
            }
        }
        for (int index = last + 1; index < shown.size(); index++) {
            ItemId candidate = shown.get(index).draft().item().id();
            if (!changing.contains(candidate)) {
                return candidate;
            }
        }
        return shown.stream().map(row -> row.draft().item().id()).filter(id -> !changing.contains(id)).reduce((a, b) -> b)
                .orElse(null);
    }

    private void offerUndo(List<StoredItem> changed, Map<ItemId, ItemStatus> before, List<ItemPlace> places, boolean accepted) {
        Notification notice = new Notification();
        notice.setId("drafts-undo-notice");
        notice.setDuration(UNDO_MILLIS);
        notice.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        String text = getTranslation(accepted ? "drafts.accepted" : "drafts.rejected", changed.size())
                + (places.isEmpty() ? "" : " " + getTranslation("drafts.rejected.from-lessons", lessonTitles(places)));
        Button undo = new Button(getTranslation("drafts.undo"), click -> {
            notice.close();
            undo(changed, before, places);
        });
        undo.setId("drafts-undo");
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        HorizontalLayout content = new HorizontalLayout(new Span(text), undo);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        notice.add(content);
        notice.open();
    }

    private String lessonTitles(List<ItemPlace> places) {
        Set<org.sourcebook.content.lesson.LessonId> ids = places.stream().map(ItemPlace::lesson).collect(Collectors.toSet());
        return lessons.myLessons().stream().filter(stored -> ids.contains(stored.lesson().id()))
                .map(stored -> "“" + stored.lesson().title() + "”").collect(Collectors.joining(", "));
    }

    private void undo(List<StoredItem> changed, Map<ItemId, ItemStatus> before, List<ItemPlace> places) {
        try {
            items.revertStatuses(changed, before);
            lessons.putBack(places);
            Notification.show(getTranslation("drafts.undone", changed.size()));
        } catch (ConcurrentEditException | NoSuchItemException changedElsewhere) {
            Notification.show(getTranslation("drafts.changed-elsewhere")).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        load();
        focus(changed.get(0).item().id());
    }

    /** A flagged item is decided on its own page; a draft is edited in a dialog, the review staying where it was. */
    private void openEditor(StoredItem draft) {
        if (draft.item().status() == ItemStatus.NEEDS_REVIEW) {
            UI.getCurrent().navigate(ItemRoutes.editor(draft.item().id()));
            return;
        }
        new DraftEditDialog(items, new CitedVersions(documents), draft, stored -> {
            if (stored.item().status() == ItemStatus.ACCEPTED) {
                Notification.show(getTranslation("drafts.accepted", 1)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
            @Nullable ItemId next = stored.item().status() == ItemStatus.ACCEPTED ? rowAfter(List.of(draft)) : draft.item().id();
            load();
            focus(next);
        }).open();
    }

    // ---- keyboard

    private void onKey(DomEvent event) {
        String key = event.getEventData().getString(KEY);
        String target = event.getEventData().getString(TARGET);
        int index = indexOf(target);
        if (index < 0) {
            return;
        }
        StoredItem draft = shown.get(index).draft();
        switch (key) {
            case "a" -> {
                if (draft.item().status() == ItemStatus.DRAFT) {
                    change(List.of(draft), true);
                }
            }
            case "r" -> change(List.of(draft), false);
            case "e" -> openEditor(draft);
            case "x" -> {
                setSelected(draft.item().id(), !selected.contains(draft.item().id()));
                showRows();
                focus(draft.item().id());
            }
            case "j", "ArrowDown" -> focusAt(index + 1);
            default -> focusAt(index - 1);
        }
    }

    private int indexOf(String rowId) {
        for (int index = 0; index < shown.size(); index++) {
            if (shown.get(index).getId().orElse("").equals(rowId)) {
                return index;
            }
        }
        return -1;
    }

    private void focusAt(int index) {
        if (index >= 0 && index < shown.size()) {
            shown.get(index).getElement().callJsFunction("focus");
        }
    }

    private void focus(@Nullable ItemId id) {
        if (id == null) {
            return;
        }
        Function<DraftRow, ItemId> idOf = row -> row.draft().item().id();
        shown.stream().filter(row -> idOf.apply(row).equals(id)).findFirst()
                .ifPresent(row -> row.getElement().callJsFunction("focus"));
    }

    /** The rows on screen, for tests. */
    List<DraftRow> shownRows() {
        return new ArrayList<>(shown);
    }
}
