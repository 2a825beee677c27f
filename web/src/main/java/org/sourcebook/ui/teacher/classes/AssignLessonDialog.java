package org.sourcebook.ui.teacher.classes;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Set;
import org.sourcebook.classes.ClassId;
import org.sourcebook.classes.ClassRefusedException;
import org.sourcebook.classes.ClassService;
import org.sourcebook.classes.SchoolClass;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.lesson.NoSuchLessonException;
import org.sourcebook.ui.base.TimeZones;

/**
 * Assigns a published lesson to one of the teacher's classes, from where the teacher published it
 * (as Google Classroom's "Assign" does): the class, and optionally when it opens and is due. With no
 * class yet, it leads to the page that makes one.
 */
public class AssignLessonDialog extends Dialog {

    private final ClassService classes;
    private final LessonId lesson;
    private final String lessonTitle;
    private final Runnable assigned;
    private final ComboBox<SchoolClass> schoolClass = new ComboBox<>();
    private final DateTimePicker opens = new DateTimePicker();
    private final DateTimePicker due = new DateTimePicker();

    /** {@code assigned} runs after an assignment was made. */
    public AssignLessonDialog(ClassService classes, LessonId lesson, String lessonTitle, Runnable assigned) {
        this.classes = classes;
        this.lesson = lesson;
        this.lessonTitle = lessonTitle;
        this.assigned = assigned;
        setId("assign-lesson-dialog");
        setHeaderTitle(getTranslation("lessons.assign.title", lessonTitle));
        setWidth("min(36rem, 95vw)");
        List<SchoolClass> already = classes.classesAssigned(lesson);
        Set<ClassId> assignedTo = Set.copyOf(already.stream().map(SchoolClass::id).toList());
        List<SchoolClass> open = classes.myClasses().stream().filter(candidate -> !assignedTo.contains(candidate.id())).toList();
        Button cancel = new Button(getTranslation("classes.cancel"), click -> close());
        if (classes.myClasses().isEmpty()) {
            add(new Paragraph(getTranslation("lessons.assign.no-classes")));
            Button makeClass = new Button(getTranslation("lessons.assign.make-class"), click -> {
                UI ui = UI.getCurrent();
                close();
                ui.navigate(ClassRoutes.LIST);
            });
            makeClass.setId("assign-make-class");
            makeClass.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(cancel, makeClass);
            return;
        }
        add(form(open, already));
        Button assign = new Button(getTranslation("classes.assign"), click -> assign());
        assign.setId("assign-lesson-confirm");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assign.setEnabled(!open.isEmpty());
        getFooter().add(cancel, assign);
    }

    private VerticalLayout form(List<SchoolClass> open, List<SchoolClass> already) {
        schoolClass.setLabel(getTranslation("lessons.assign.class"));
        schoolClass.setId("assign-class");
        schoolClass.setItems(open);
        schoolClass.setItemLabelGenerator(SchoolClass::name);
        schoolClass.setWidthFull();
        if (open.size() == 1) {
            schoolClass.setValue(open.get(0));
        }
        opens.setLabel(getTranslation("classes.assign.opens", TimeZones.name(TimeZones.current(), getLocale())));
        opens.setId("assign-class-opens");
        due.setLabel(getTranslation("classes.assign.due", TimeZones.name(TimeZones.current(), getLocale())));
        due.setId("assign-class-due");
        VerticalLayout form = new VerticalLayout(schoolClass, opens, due);
        form.setPadding(false);
        if (!already.isEmpty()) {
            form.addComponentAsFirst(new Paragraph(getTranslation("lessons.assign.already",
                    String.join(", ", already.stream().map(SchoolClass::name).toList()))));
        }
        return form;
    }

    void assign() {
        SchoolClass chosen = schoolClass.getValue();
        if (chosen == null) {
            schoolClass.setInvalid(true);
            schoolClass.setErrorMessage(getTranslation("lessons.assign.choose-class"));
            return;
        }
        try {
            classes.assign(chosen.id(), lesson, AssignmentsPanel.instant(opens.getValue()),
                    AssignmentsPanel.instant(due.getValue()));
            Notification.show(getTranslation("lessons.assign.done", lessonTitle, chosen.name()));
            close();
            assigned.run();
        } catch (ClassRefusedException e) {
            ClassMessages.showError(ClassMessages.refused(this, e));
        } catch (NoSuchLessonException e) {
            ClassMessages.showError(getTranslation("classes.refused.LESSON_NOT_PUBLISHED"));
        }
    }
}
