package org.sourcebook.ui.teacher.lessons;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.sourcebook.content.source.DocumentId;
import java.util.stream.Collectors;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.ItemKind;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.item.ItemService;
import org.sourcebook.item.NoSuchItemException;
import org.sourcebook.persistence.ConcurrentEditException;
import org.sourcebook.item.StoredItem;
import org.sourcebook.ui.lesson.ItemWording;

/** The items of a deck (fact cards) or a quiz (questions): pick, remove, reorder, and accept a draft where it stands. */
class ItemListEditor extends VerticalLayout {

    private final boolean cards;
    private final Consumer<List<ItemId>> changed;
    private final Runnable accepted;
    private final ItemService items;
    private final Supplier<Map<DocumentId, String>> documentTitles;
    private final VerticalLayout rows = new VerticalLayout();
    private List<ItemId> chosen;

    /** {@code accepted} runs after an item was accepted here (its status changed, the lesson did not). */
    ItemListEditor(List<ItemId> chosen, boolean cards, Consumer<List<ItemId>> changed, Runnable accepted,
            ItemService items, Supplier<Map<DocumentId, String>> documentTitles) {
        this.documentTitles = documentTitles;
        this.chosen = new ArrayList<>(chosen);
        this.cards = cards;
        this.changed = changed;
        this.accepted = accepted;
        this.items = items;
        setPadding(false);
        rows.setPadding(false);
        rows.setSpacing(false);
        Button pick = new Button(getTranslation(cards ? "lessons.pick.cards" : "lessons.pick.questions"),
                VaadinIcon.PLUS.create(), click -> openPicker());
        pick.addClassName("pick-items");
        add(rows, pick);
        showRows();
    }

    ItemPickerDialog openPicker() {
        List<Item> candidates = items.myItems().stream()
                .map(StoredItem::item)
                .filter(item -> (item.kind() == ItemKind.FACT_CARD) == cards)
                .filter(item -> item.status() != ItemStatus.REJECTED)
                .toList();
        ItemPickerDialog dialog = new ItemPickerDialog(candidates, chosen, documentTitles.get(), picked -> set(picked));
        dialog.open();
        return dialog;
    }

    List<ItemId> chosen() {
        return Collections.unmodifiableList(chosen);
    }

    private void set(List<ItemId> newChosen) {
        chosen = new ArrayList<>(newChosen);
        showRows();
        changed.accept(List.copyOf(chosen));
    }

    private void showRows() {
        rows.removeAll();
        Map<ItemId, Item> mine = items.myItems().stream().map(StoredItem::item)
                .collect(Collectors.toMap(Item::id, Function.identity()));
        for (int i = 0; i < chosen.size(); i++) {
            int index = i;
            Item item = mine.get(chosen.get(i));
            String prompt = item == null ? getTranslation("lesson.item-missing") : ItemWording.prompt(item);
            Span text = new Span((i + 1) + ". " + prompt);
            Span status = new Span(item == null ? "" : getTranslation("lessons.item-status." + item.status().name()));
            status.getElement().getThemeList().add("badge");
            Anchor edit = new Anchor("teacher/items/" + chosen.get(i), getTranslation("lessons.item.edit"));
            Button up = iconButton(VaadinIcon.ARROW_UP, getTranslation("lessons.item.up", i + 1), () -> move(index, index - 1));
            up.setEnabled(i > 0);
            Button down = iconButton(VaadinIcon.ARROW_DOWN, getTranslation("lessons.item.down", i + 1),
                    () -> move(index, index + 1));
            down.setEnabled(i < chosen.size() - 1);
            Button remove = iconButton(VaadinIcon.CLOSE_SMALL, getTranslation("lessons.item.remove", i + 1), () -> {
                List<ItemId> without = new ArrayList<>(chosen);
                without.remove(index);
                set(without);
            });
            HorizontalLayout row = new HorizontalLayout(text, status);
            if (item != null && item.status() == ItemStatus.DRAFT && item.isValid()) {
                row.add(acceptButton(item, i + 1));
            }
            row.add(edit, up, down, remove);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            row.addClassName("lesson-item-row");
            rows.add(row);
        }
    }

    private Button acceptButton(Item item, int number) {
        Button accept = new Button(getTranslation("lessons.item.accept"), click -> {
            try {
                items.accept(item.id(), items.findElseThrow(item.id()).version());
                Notification.show(getTranslation("lessons.blocker.accepted"));
            } catch (ConcurrentEditException | NoSuchItemException changedElsewhere) {
                Notification.show(getTranslation("drafts.changed-elsewhere")).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            showRows();
            accepted.run();
        });
        accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
        accept.addClassName("lesson-item-accept");
        accept.getElement().setAttribute("aria-label", getTranslation("lessons.item.accept.aria", number));
        return accept;
    }

    private void move(int from, int to) {
        List<ItemId> moved = new ArrayList<>(chosen);
        moved.add(to, moved.remove(from));
        set(moved);
    }

    static Button iconButton(VaadinIcon icon, String label, Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.getElement().setAttribute("aria-label", label);
        button.setTooltipText(label);
        return button;
    }
}
