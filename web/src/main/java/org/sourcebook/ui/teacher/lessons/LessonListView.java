package org.sourcebook.ui.teacher.lessons;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sourcebook.content.account.Role;
import java.util.Map;
import org.sourcebook.content.lesson.Lesson;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.lesson.LessonService;
import org.sourcebook.lesson.StoredLesson;
import org.sourcebook.ui.lesson.Times;
import org.sourcebook.ui.teacher.results.ResultsView;

/**
 * The teacher's lessons, most recently changed first: create, open, duplicate; a lesson using items
 * that wait for review after a re-import says how many.
 */
@Route("teacher/lessons")
@Menu(order = 13, icon = "vaadin:notebook", title = "nav.teacher.lessons")
@RolesAllowed(Role.Name.TEACHER)
public class LessonListView extends VerticalLayout implements HasDynamicTitle {

    private final LessonService lessons;
    private final Grid<StoredLesson> grid = new Grid<>();
    private Map<LessonId, Integer> inReview = Map.of();

    LessonListView(LessonService lessons) {
        this.lessons = lessons;
        setId("lesson-list");
        Button create = new Button(getTranslation("lessons.new"), click -> create());
        create.setId("new-lesson");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(stored -> stored.lesson().title().isBlank() ? getTranslation("lessons.untitled")
                : stored.lesson().title()).setHeader(getTranslation("lessons.column.title")).setKey("title").setFlexGrow(3);
        grid.addColumn(stored -> getTranslation("lessons.status." + stored.status().name()))
                .setHeader(getTranslation("lessons.column.status")).setKey("status");
        grid.addColumn(stored -> inReview.containsKey(stored.lesson().id())
                        ? getTranslation("lessons.in-review.count", inReview.get(stored.lesson().id())) : "")
                .setHeader(getTranslation("lessons.column.review")).setKey("review").setAutoWidth(true);
        grid.addColumn(stored -> Times.format(stored.updatedAt(), getLocale()))
                .setHeader(getTranslation("lessons.column.changed")).setKey("changed");
        grid.addComponentColumn(this::actions).setHeader(getTranslation("lessons.column.actions")).setKey("actions")
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("lessons.empty"));
        add(new Paragraph(getTranslation("lessons.intro")), create, grid);
        refresh();
    }

    private HorizontalLayout actions(StoredLesson stored) {
        String title = stored.lesson().title();
        Button open = new Button(getTranslation("lessons.open"),
                click -> getUI().ifPresent(ui -> ui.navigate(LessonEditorView.path(stored.lesson().id()))));
        open.getElement().setAttribute("aria-label", getTranslation("lessons.open.aria", title));
        Button duplicate = new Button(getTranslation("lessons.duplicate"), click -> duplicate(stored));
        duplicate.getElement().setAttribute("aria-label", getTranslation("lessons.duplicate.aria", title));
        Button results = new Button(getTranslation("results.open"),
                click -> getUI().ifPresent(ui -> ui.navigate(ResultsView.path(stored.lesson().id()))));
        results.getElement().setAttribute("aria-label", getTranslation("results.open.aria", title));
        HorizontalLayout actions = new HorizontalLayout(open, duplicate, results);
        actions.getStyle().set("flex-wrap", "wrap");
        return actions;
    }

    void create() {
        Lesson lesson = Lesson.titled(getTranslation("lessons.untitled"));
        lessons.add(lesson);
        getUI().ifPresent(ui -> ui.navigate(LessonEditorView.path(lesson.id())));
    }

    void duplicate(StoredLesson stored) {
        Lesson original = stored.lesson();
        lessons.saveAsCopy(new Lesson(original.id(), getTranslation("lessons.copy-title", original.title()),
                original.summary(), original.objectives(), original.blocks()));
        refresh();
    }

    Grid<StoredLesson> grid() {
        return grid;
    }

    private void refresh() {
        inReview = lessons.itemsInReview();
        grid.setItems(lessons.myLessons());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lessons.title");
    }
}
