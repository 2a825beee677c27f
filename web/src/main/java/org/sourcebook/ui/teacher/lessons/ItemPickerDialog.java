package org.sourcebook.ui.teacher.lessons;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.ItemKind;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.source.DocumentId;
import org.sourcebook.ui.lesson.ItemWording;

/**
 * The teacher's items of one sort (fact cards, or questions), narrowed by document, kind, status
 * and words; the ones already in the block come ticked. Prompts and answers are shown whole
 * (wrapped, never cut off). Applying keeps the block's order and adds new picks at the end.
 */
class ItemPickerDialog extends Dialog {

    private final Grid<Item> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<DocumentId> document = new ComboBox<>();
    private final ComboBox<ItemKind> kind = new ComboBox<>();
    private final ComboBox<ItemStatus> status = new ComboBox<>();
    private final ListDataProvider<Item> provider;

    /** {@code documentTitles}: the titles of the teacher's documents, for the document filter. */
    ItemPickerDialog(List<Item> candidates, List<ItemId> chosen, Map<DocumentId, String> documentTitles,
            Consumer<List<ItemId>> apply) {
        setHeaderTitle(getTranslation("lessons.picker.title"));
        setId("item-picker");
        provider = new ListDataProvider<>(candidates);
        configureFilters(candidates, documentTitles);
        configureGrid(candidates, chosen);
        Button done = new Button(getTranslation("lessons.picker.apply"), click -> {
            Set<ItemId> picked = grid.getSelectedItems().stream().map(Item::id).collect(Collectors.toSet());
            Set<ItemId> result = new LinkedHashSet<>();
            chosen.stream().filter(picked::contains).forEach(result::add);
            candidates.stream().map(Item::id).filter(picked::contains).forEach(result::add);
            apply.accept(new ArrayList<>(result));
            close();
        });
        done.setId("picker-apply");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("lessons.cancel"), click -> close());
        FlexLayout filters = new FlexLayout(search, document, kind, status);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-s)");
        add(filters, grid);
        getFooter().add(cancel, done);
        setWidth("min(70rem, 96vw)");
    }

    private void configureFilters(List<Item> candidates, Map<DocumentId, String> documentTitles) {
        search.setPlaceholder(getTranslation("lessons.picker.search"));
        search.setLabel(getTranslation("lessons.picker.search"));
        search.setValueChangeMode(ValueChangeMode.EAGER);
        search.setClearButtonVisible(true);
        search.setId("picker-search");
        document.setLabel(getTranslation("lessons.picker.document"));
        document.setId("picker-document");
        document.setItems(candidates.stream().map(ItemPickerDialog::documentOf).filter(Objects::nonNull).distinct()
                .sorted((a, b) -> documentTitles.getOrDefault(a, "").compareToIgnoreCase(documentTitles.getOrDefault(b, "")))
                .toList());
        document.setItemLabelGenerator(id -> documentTitles.getOrDefault(id, "?"));
        kind.setLabel(getTranslation("lessons.picker.kind"));
        kind.setId("picker-kind");
        kind.setItems(candidates.stream().map(Item::kind).distinct().sorted().toList());
        kind.setItemLabelGenerator(value -> kindName(value));
        status.setLabel(getTranslation("lessons.picker.status"));
        status.setId("picker-status");
        status.setItems(candidates.stream().map(Item::status).distinct().sorted().toList());
        status.setItemLabelGenerator(value -> getTranslation("lessons.item-status." + value.name()));
        for (ComboBox<?> box : List.of(document, kind, status)) {
            box.setClearButtonVisible(true);
            box.addValueChangeListener(change -> applyFilters());
        }
        search.addValueChangeListener(change -> applyFilters());
    }

    private void configureGrid(List<Item> candidates, List<ItemId> chosen) {
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ItemWording::prompt).setHeader(getTranslation("lessons.picker.prompt")).setFlexGrow(3)
                .setTooltipGenerator(ItemWording::prompt);
        grid.addColumn(item -> ItemWording.answer(item, this)).setHeader(getTranslation("lessons.picker.answer"))
                .setFlexGrow(2);
        grid.addColumn(item -> kindName(item.kind()))
                .setHeader(getTranslation("lessons.picker.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> getTranslation("lessons.item-status." + item.status().name()))
                .setHeader(getTranslation("lessons.picker.status")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(provider);
        candidates.stream().filter(item -> chosen.contains(item.id())).forEach(grid::select);
    }

    private void applyFilters() {
        String text = search.getValue().strip().toLowerCase(Locale.ROOT);
        provider.setFilter(item -> (text.isEmpty()
                || (ItemWording.prompt(item) + " " + ItemWording.answer(item, this)).toLowerCase(Locale.ROOT).contains(text))
                && (document.getValue() == null || document.getValue().equals(documentOf(item)))
                && (kind.getValue() == null || kind.getValue() == item.kind())
                && (status.getValue() == null || status.getValue() == item.status()));
    }

    private String kindName(ItemKind value) {
        return getTranslation("items.kind." + value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    private static DocumentId documentOf(Item item) {
        return item.citations().isEmpty() ? null : item.citations().get(0).documentId();
    }

    Grid<Item> grid() {
        return grid;
    }

    TextField search() {
        return search;
    }

    ComboBox<DocumentId> documentFilter() {
        return document;
    }

    ComboBox<ItemKind> kindFilter() {
        return kind;
    }

    ComboBox<ItemStatus> statusFilter() {
        return status;
    }
}
