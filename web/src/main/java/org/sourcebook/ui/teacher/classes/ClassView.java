package org.sourcebook.ui.teacher.classes;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sourcebook.classes.ClassId;
import org.sourcebook.classes.ClassRefusedException;
import org.sourcebook.classes.ClassService;
import org.sourcebook.classes.NoSuchClassException;
import org.sourcebook.classes.SchoolClass;
import org.sourcebook.content.account.Role;
import org.sourcebook.lesson.LessonService;
import org.sourcebook.ui.teacher.results.GradebookView;

/** One class: a link to its gradebook, rename or delete it, its students (search, class list, remove) and its assigned lessons. */
@Route(ClassRoutes.CLASS)
@RolesAllowed(Role.Name.TEACHER)
public class ClassView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ClassService classes;
    private final LessonService lessons;
    private final H2 heading = new H2();
    private final TextField name = new TextField();
    private @Nullable SchoolClass current;

    ClassView(ClassService classes, LessonService lessons) {
        this.classes = classes;
        this.lessons = lessons;
        setId("class-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            ClassId id = new ClassId(UUID.fromString(event.getRouteParameters().get(ClassRoutes.CLASS_ID).orElse("")));
            current = classes.find(id);
        } catch (IllegalArgumentException | NoSuchClassException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        heading.setText(current.name());
        heading.setId("class-name");
        Anchor gradebook = new Anchor(GradebookView.path(current.id()), getTranslation("gradebook.open"));
        gradebook.setId("open-gradebook");
        add(heading, gradebook, createNameForm(), new MembersPanel(classes, current.id()),
                new AssignmentsPanel(classes, lessons, current.id()));
    }

    private HorizontalLayout createNameForm() {
        name.setLabel(getTranslation("classes.name"));
        name.setId("class-rename");
        name.setMaxLength(ClassService.NAME_MAX);
        name.setValue(current == null ? "" : current.name());
        Button rename = new Button(getTranslation("classes.rename"), click -> rename());
        rename.setId("rename-class");
        Button delete = new Button(getTranslation("classes.delete"), click -> confirmDelete());
        delete.setId("delete-class");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout form = new HorizontalLayout(name, rename, delete);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private void rename() {
        try {
            current = classes.rename(current().id(), name.getValue());
            heading.setText(current.name());
            name.setInvalid(false);
            Notification.show(getTranslation("classes.renamed"));
        } catch (ClassRefusedException e) {
            name.setInvalid(true);
            name.setErrorMessage(ClassMessages.refused(this, e));
        }
    }

    private void confirmDelete() {
        ClassMessages.confirmRemoval(this, "delete-class-dialog", getTranslation("classes.delete.title"),
                getTranslation("classes.delete.text", current().name()), getTranslation("classes.delete"), this::delete);
    }

    private void delete() {
        try {
            classes.delete(current().id());
            Notification.show(getTranslation("classes.deleted", current().name()));
            getUI().ifPresent(ui -> ui.navigate(ClassRoutes.LIST));
        } catch (ClassRefusedException e) {
            ClassMessages.showError(ClassMessages.refused(this, e));
        }
    }

    private SchoolClass current() {
        if (current == null) {
            throw new IllegalStateException("No class shown");
        }
        return current;
    }

    @Override
    public String getPageTitle() {
        return current == null ? getTranslation("classes.title") : current.name();
    }
}
