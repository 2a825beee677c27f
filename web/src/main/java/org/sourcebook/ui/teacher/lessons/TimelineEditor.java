package org.sourcebook.ui.teacher.lessons;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.sourcebook.content.lesson.Timeline;
import org.sourcebook.content.lesson.TimelineEntry;

/** A timeline's entries: a date as the source gives it and a text; citations are kept. */
class TimelineEditor extends VerticalLayout {

    private final Timeline block;
    private final Consumer<Timeline> changed;
    private final VerticalLayout rows = new VerticalLayout();
    private List<TimelineEntry> entries;

    TimelineEditor(Timeline block, Consumer<Timeline> changed) {
        this.block = block;
        this.changed = changed;
        this.entries = new ArrayList<>(block.entries());
        setPadding(false);
        rows.setPadding(false);
        Button add = new Button(getTranslation("lessons.timeline.add"), VaadinIcon.PLUS.create(), click -> {
            entries.add(new TimelineEntry("", "", null));
            showRows();
            emit();
        });
        add.addClassName("add-timeline-entry");
        add(rows, add);
        showRows();
    }

    private void showRows() {
        rows.removeAll();
        for (int i = 0; i < entries.size(); i++) {
            int index = i;
            TimelineEntry entry = entries.get(i);
            TextField date = new TextField(getTranslation("lessons.timeline.date"));
            date.setValue(entry.date());
            TextField text = new TextField(getTranslation("lessons.timeline.text"));
            text.setValue(entry.text());
            text.setWidthFull();
            date.setValueChangeMode(ValueChangeMode.LAZY);
            text.setValueChangeMode(ValueChangeMode.LAZY);
            date.addValueChangeListener(event -> {
                TimelineEntry old = entries.get(index);
                entries.set(index, new TimelineEntry(event.getValue(), old.text(), old.citation()));
                emit();
            });
            text.addValueChangeListener(event -> {
                TimelineEntry old = entries.get(index);
                entries.set(index, new TimelineEntry(old.date(), event.getValue(), old.citation()));
                emit();
            });
            Button remove = ItemListEditor.iconButton(VaadinIcon.CLOSE_SMALL,
                    getTranslation("lessons.timeline.remove", i + 1), () -> {
                        entries.remove(index);
                        showRows();
                        emit();
                    });
            HorizontalLayout row = new HorizontalLayout(date, text, remove);
            row.setWidthFull();
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            rows.add(row);
        }
    }

    private void emit() {
        changed.accept(new Timeline(block.id(), entries));
    }
}
