package org.sourcebook.ui.teacher.classes;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sourcebook.classes.Assignment;
import org.sourcebook.classes.ClassId;
import org.sourcebook.classes.ClassRefusedException;
import org.sourcebook.classes.ClassService;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.lesson.LessonService;
import org.sourcebook.lesson.LessonStatus;
import org.sourcebook.lesson.NoSuchLessonException;
import org.sourcebook.lesson.StoredLesson;
import org.sourcebook.ui.lesson.Times;
import org.sourcebook.ui.base.TimeZones;

/**
 * The lessons assigned to a class: assign one of the teacher's published lessons with optional
 * open and due times (in the teacher's time zone), change the times, remove an assignment.
 */
class AssignmentsPanel extends VerticalLayout {

    private final ClassService classes;
    private final LessonService lessons;
    private final ClassId classId;
    private final ComboBox<StoredLesson> lesson = new ComboBox<>();
    private final DateTimePicker opens = new DateTimePicker();
    private final DateTimePicker due = new DateTimePicker();
    private final Grid<Assignment> grid = new Grid<>();

    AssignmentsPanel(ClassService classes, LessonService lessons, ClassId classId) {
        this.classes = classes;
        this.lessons = lessons;
        this.classId = classId;
        setId("class-assignments");
        setPadding(false);
        add(new H3(getTranslation("classes.assignments")), new Paragraph(getTranslation("classes.assignments.intro")),
                configureGrid(), createForm());
        refresh();
    }

    private Grid<Assignment> configureGrid() {
        grid.setId("assignments-grid");
        grid.addColumn(assignment -> assignment.published() ? assignment.lessonTitle()
                : getTranslation("classes.assignment.unpublished", assignment.lessonTitle()))
                .setHeader(getTranslation("classes.column.lesson")).setKey("lesson").setWidth("12em").setFlexGrow(2);
        grid.addColumn(assignment -> time(assignment.opensAt(), "classes.assignment.at-once"))
                .setHeader(getTranslation("classes.column.opens")).setKey("opens").setAutoWidth(true);
        grid.addColumn(assignment -> time(assignment.dueAt(), "classes.assignment.no-due"))
                .setHeader(getTranslation("classes.column.due")).setKey("due").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT); // a long title wraps rather than hides on a phone
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("classes.assignments.empty"));
        return grid;
    }

    private HorizontalLayout actions(Assignment assignment) {
        Button edit = new Button(getTranslation("classes.assignment.edit"), click -> edit(assignment));
        edit.getElement().setAttribute("aria-label", getTranslation("classes.assignment.edit.aria", assignment.lessonTitle()));
        Button remove = new Button(getTranslation("classes.remove"), click -> confirmRemove(assignment));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.getElement().setAttribute("aria-label",
                getTranslation("classes.assignment.remove.aria", assignment.lessonTitle()));
        return new HorizontalLayout(edit, remove);
    }

    private VerticalLayout createForm() {
        lesson.setLabel(getTranslation("classes.assign.lesson"));
        lesson.setId("assign-lesson");
        lesson.setItemLabelGenerator(stored -> stored.lesson().title());
        lesson.setWidthFull();
        opens.setLabel(getTranslation("classes.assign.opens", TimeZones.name(TimeZones.current(), getLocale())));
        opens.setId("assign-opens");
        due.setLabel(getTranslation("classes.assign.due", TimeZones.name(TimeZones.current(), getLocale())));
        due.setId("assign-due");
        Button assign = new Button(getTranslation("classes.assign"), click -> assign());
        assign.setId("assign-lesson-button");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        for (DateTimePicker picker : List.of(opens, due)) { // side by side on a wide screen, shrunk to fit on a phone
            picker.setWidth("22em");
            picker.setMaxWidth("100%");
        }
        HorizontalLayout times = new HorizontalLayout(opens, due);
        times.setWidthFull();
        times.setWrap(true);
        VerticalLayout form = new VerticalLayout(new H3(getTranslation("classes.assign.title")), lesson, times, assign);
        form.setPadding(false);
        form.setDefaultHorizontalComponentAlignment(FlexComponent.Alignment.START);
        return form;
    }

    void assign() {
        StoredLesson chosen = lesson.getValue();
        if (chosen == null) {
            lesson.setInvalid(true);
            lesson.setErrorMessage(getTranslation("classes.assign.choose"));
            return;
        }
        try {
            classes.assign(classId, chosen.lesson().id(), instant(opens.getValue()), instant(due.getValue()));
            Notification.show(getTranslation("classes.assigned", chosen.lesson().title()));
            lesson.clear();
            opens.clear();
            due.clear();
            refresh();
        } catch (ClassRefusedException e) {
            ClassMessages.showError(ClassMessages.refused(this, e));
        } catch (NoSuchLessonException e) {
            ClassMessages.showError(getTranslation("classes.refused.LESSON_NOT_PUBLISHED"));
            refresh();
        }
    }

    private void edit(Assignment assignment) {
        Dialog dialog = new Dialog(getTranslation("classes.assignment.edit.title", assignment.lessonTitle()));
        dialog.setId("edit-assignment-dialog");
        DateTimePicker editOpens = new DateTimePicker(getTranslation("classes.assign.opens", TimeZones.name(TimeZones.current(), getLocale())), local(assignment.opensAt()));
        editOpens.setId("edit-opens");
        DateTimePicker editDue = new DateTimePicker(getTranslation("classes.assign.due", TimeZones.name(TimeZones.current(), getLocale())), local(assignment.dueAt()));
        editDue.setId("edit-due");
        Button save = new Button(getTranslation("classes.save"), click -> {
            try {
                classes.changeAssignment(assignment.id(), instant(editOpens.getValue()), instant(editDue.getValue()));
                dialog.close();
                Notification.show(getTranslation("classes.assignment.saved"));
                refresh();
            } catch (ClassRefusedException e) {
                editDue.setInvalid(true);
                editDue.setErrorMessage(ClassMessages.refused(this, e));
            }
        });
        save.setId("save-assignment");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("classes.cancel"), click -> dialog.close());
        VerticalLayout fields = new VerticalLayout(editOpens, editDue);
        fields.setPadding(false);
        dialog.add(fields);
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private void confirmRemove(Assignment assignment) {
        ClassMessages.confirmRemoval(this, "remove-assignment-dialog", getTranslation("classes.assignment.remove.title"),
                getTranslation("classes.assignment.remove.text", assignment.lessonTitle()), getTranslation("classes.remove"),
                () -> {
                    classes.unassign(assignment.id());
                    Notification.show(getTranslation("classes.assignment.removed", assignment.lessonTitle()));
                    refresh();
                });
    }

    private void refresh() {
        List<Assignment> assignments = classes.assignments(classId);
        grid.setItems(assignments);
        Set<LessonId> assigned = Set.copyOf(assignments.stream().map(Assignment::lesson).toList());
        lesson.setItems(lessons.myLessons().stream()
                .filter(stored -> stored.status() == LessonStatus.PUBLISHED && !assigned.contains(stored.lesson().id()))
                .toList());
    }

    private String time(@Nullable Instant at, String noneKey) {
        return at == null ? getTranslation(noneKey) : Times.format(at, getLocale());
    }

    static @Nullable LocalDateTime local(@Nullable Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, TimeZones.current());
    }

    static @Nullable Instant instant(@Nullable LocalDateTime at) {
        return at == null ? null : at.atZone(TimeZones.current()).toInstant();
    }
}
