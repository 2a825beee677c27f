package org.sourcebook.ui.teacher.items;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * An editable list of rows (options, pairs, entries, gaps): each row has remove and, where order
 * matters, move-up buttons; an add button below appends a blank row. Every change runs {@code changed}.
 */
final class Rows<R extends Component> extends Composite<VerticalLayout> {

    private final List<R> rows = new ArrayList<>();
    private final VerticalLayout list = new VerticalLayout();
    private final Runnable changed;
    private final boolean ordered;

    Rows(List<R> initial, Supplier<R> blank, String addKey, boolean ordered, Runnable changed) {
        this.changed = changed;
        this.ordered = ordered;
        list.setPadding(false);
        list.setSpacing(false);
        Button add = new Button(ItemTexts.t(addKey), VaadinIcon.PLUS.create(), click -> {
            rows.add(blank.get());
            redraw();
            changed.run();
        });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClassName("rows-add");
        rows.addAll(initial);
        getContent().setPadding(false);
        getContent().add(list, add);
        redraw();
    }

    List<R> rows() {
        return List.copyOf(rows);
    }

    private void redraw() {
        list.removeAll();
        for (int index = 0; index < rows.size(); index++) {
            R row = rows.get(index);
            HorizontalLayout line = new HorizontalLayout(row);
            line.setAlignItems(FlexComponent.Alignment.BASELINE);
            line.setWidthFull();
            line.setFlexGrow(1, row);
            if (ordered) {
                int at = index;
                Button up = new Button(VaadinIcon.ARROW_UP.create(), click -> {
                    rows.add(at - 1, rows.remove(at));
                    redraw();
                    changed.run();
                });
                up.setEnabled(index > 0);
                up.setAriaLabel(ItemTexts.t("items.row.move-up"));
                up.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                line.add(up);
            }
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                rows.remove(row);
                redraw();
                changed.run();
            });
            remove.setAriaLabel(ItemTexts.t("items.row.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.addClassName("rows-remove");
            line.add(remove);
            list.add(line);
        }
    }
}
