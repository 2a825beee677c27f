package org.sourcebook.ui.teacher.classes;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sourcebook.classes.ClassRefusedException;
import org.sourcebook.classes.ClassService;
import org.sourcebook.classes.SchoolClass;
import org.sourcebook.content.account.Role;

/** The teacher's classes by name, with how many students and lessons each has; create a class. */
@Route(ClassRoutes.LIST)
@Menu(order = 14, icon = "vaadin:group", title = "classes.nav")
@RolesAllowed(Role.Name.TEACHER)
public class ClassListView extends VerticalLayout implements HasDynamicTitle {

    private final ClassService classes;
    private final Grid<SchoolClass> grid = new Grid<>();
    private final TextField name = new TextField();

    ClassListView(ClassService classes) {
        this.classes = classes;
        setId("class-list");
        add(new Paragraph(getTranslation("classes.intro")), createForm(), configureGrid());
        refresh();
    }

    private HorizontalLayout createForm() {
        name.setLabel(getTranslation("classes.name"));
        name.setId("new-class-name");
        name.setMaxLength(ClassService.NAME_MAX);
        Button create = new Button(getTranslation("classes.create"), click -> create());
        create.setId("create-class");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private Grid<SchoolClass> configureGrid() {
        grid.setId("classes-grid");
        grid.addComponentColumn(found -> new Anchor(ClassRoutes.of(found.id()), found.name()))
                .setHeader(getTranslation("classes.column.name")).setKey("name").setFlexGrow(3);
        grid.addColumn(SchoolClass::members).setHeader(getTranslation("classes.column.members")).setKey("members")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SchoolClass::assignments).setHeader(getTranslation("classes.column.assignments"))
                .setKey("assignments").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT); // the counts stay narrow, a long name wraps
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("classes.empty"));
        return grid;
    }

    void create() {
        try {
            SchoolClass created = classes.create(name.getValue());
            getUI().ifPresent(ui -> ui.navigate(ClassRoutes.of(created.id())));
        } catch (ClassRefusedException e) {
            name.setInvalid(true);
            name.setErrorMessage(ClassMessages.refused(this, e));
        }
    }

    private void refresh() {
        grid.setItems(classes.myClasses());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("classes.title");
    }
}
