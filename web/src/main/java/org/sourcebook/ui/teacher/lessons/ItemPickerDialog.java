package org.sourcebook.ui.teacher.lessons;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.ui.lesson.ItemWording;

/**
 * The teacher's items of one sort (fact cards, or questions), searchable; the ones already in
 * the block come ticked. Applying keeps the block's order and adds new picks at the end.
 */
class ItemPickerDialog extends Dialog {

    private final Grid<Item> grid = new Grid<>();
    private final TextField search = new TextField();

    ItemPickerDialog(List<Item> candidates, List<ItemId> chosen, Consumer<List<ItemId>> apply) {
        setHeaderTitle(getTranslation("lessons.picker.title"));
        setId("item-picker");
        search.setPlaceholder(getTranslation("lessons.picker.search"));
        search.setLabel(getTranslation("lessons.picker.search"));
        search.setValueChangeMode(ValueChangeMode.EAGER);
        search.setWidthFull();
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(ItemWording::prompt).setHeader(getTranslation("lessons.picker.prompt")).setFlexGrow(3);
        grid.addColumn(item -> ItemWording.answer(item, this)).setHeader(getTranslation("lessons.picker.answer"));
        grid.addColumn(item -> getTranslation("lessons.item-status." + item.status().name()))
                .setHeader(getTranslation("lessons.picker.status"));
        ListDataProvider<Item> provider = new ListDataProvider<>(candidates);
        grid.setItems(provider);
        candidates.stream().filter(item -> chosen.contains(item.id())).forEach(grid::select);
        search.addValueChangeListener(event -> {
            String text = event.getValue().strip().toLowerCase(Locale.ROOT);
            provider.setFilter(item -> text.isEmpty()
                    || (ItemWording.prompt(item) + " " + ItemWording.answer(item, this)).toLowerCase(Locale.ROOT).contains(text));
        });
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
        add(search, grid);
        getFooter().add(cancel, done);
        setWidth("min(60rem, 95vw)");
    }

    Grid<Item> grid() {
        return grid;
    }

    TextField search() {
        return search;
    }
}
