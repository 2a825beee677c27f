package org.sourcebook.ui.teacher.classes;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sourcebook.account.StudentRef;
import org.sourcebook.classes.ClassId;
import org.sourcebook.classes.ClassRefusedException;
import org.sourcebook.classes.ClassService;

/** A class's students: find students by name to add, add a class list, remove a student after confirming. */
class MembersPanel extends VerticalLayout {

    private final ClassService classes;
    private final ClassId classId;
    private final TextField search = new TextField();
    private final Grid<StudentRef> found = new Grid<>();
    private final Grid<StudentRef> members = new Grid<>();
    private Set<Long> memberIds = new HashSet<>();

    MembersPanel(ClassService classes, ClassId classId) {
        this.classes = classes;
        this.classId = classId;
        setId("class-members");
        setPadding(false);
        add(new H3(getTranslation("classes.members")), configureMembers(), new H3(getTranslation("classes.add")),
                createSearch(), configureFound(), new ClassListImport(classes, classId, this::refresh));
        refresh();
    }

    private Grid<StudentRef> configureMembers() {
        members.setId("members-grid");
        members.addColumn(StudentRef::displayName).setHeader(getTranslation("classes.column.student")).setKey("name");
        members.addColumn(StudentRef::username).setHeader(getTranslation("classes.column.username")).setKey("username");
        members.addComponentColumn(student -> {
            Button remove = new Button(getTranslation("classes.remove"), click -> confirmRemove(student));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.getElement().setAttribute("aria-label", getTranslation("classes.remove.aria", student.displayName()));
            return remove;
        }).setKey("actions").setAutoWidth(true);
        members.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT); // long names wrap rather than hide on a phone
        members.setAllRowsVisible(true);
        members.setEmptyStateText(getTranslation("classes.members.empty"));
        return members;
    }

    private HorizontalLayout createSearch() {
        search.setLabel(getTranslation("classes.search"));
        search.setId("student-search");
        search.setClearButtonVisible(true);
        Button find = new Button(getTranslation("classes.search.button"), click -> search());
        find.setId("student-search-button");
        search.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, event -> search());
        HorizontalLayout row = new HorizontalLayout(search, find);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private Grid<StudentRef> configureFound() {
        found.setId("search-results");
        found.addColumn(StudentRef::displayName).setHeader(getTranslation("classes.column.student")).setKey("name");
        found.addColumn(StudentRef::username).setHeader(getTranslation("classes.column.username")).setKey("username");
        found.addComponentColumn(student -> {
            Button add = new Button(getTranslation("classes.add.button"), click -> enrol(student));
            add.getElement().setAttribute("aria-label", getTranslation("classes.add.aria", student.displayName()));
            add.setEnabled(!memberIds.contains(student.id()));
            return add;
        }).setKey("actions").setAutoWidth(true);
        found.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        found.setAllRowsVisible(true);
        found.setVisible(false);
        found.setEmptyStateText(getTranslation("classes.search.none"));
        return found;
    }

    void search() {
        found.setItems(classes.searchStudents(search.getValue()));
        found.setVisible(true);
    }

    private void enrol(StudentRef student) {
        try {
            classes.enrol(classId, List.of(student.id()));
            Notification.show(getTranslation("classes.added", student.displayName()));
        } catch (ClassRefusedException e) {
            ClassMessages.showError(ClassMessages.refused(this, e));
        }
        refresh();
    }

    private void confirmRemove(StudentRef student) {
        ClassMessages.confirmRemoval(this, "remove-student-dialog", getTranslation("classes.remove.title"),
                getTranslation("classes.remove.text", student.displayName()), getTranslation("classes.remove"),
                () -> remove(student));
    }

    private void remove(StudentRef student) {
        classes.remove(classId, student.id());
        Notification.show(getTranslation("classes.removed", student.displayName()));
        refresh();
    }

    private void refresh() {
        List<StudentRef> current = classes.members(classId);
        memberIds = new HashSet<>(current.stream().map(StudentRef::id).toList());
        members.setItems(current);
        found.getDataProvider().refreshAll();
    }
}
