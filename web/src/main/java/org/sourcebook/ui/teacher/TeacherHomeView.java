package org.sourcebook.ui.teacher;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.sourcebook.classes.ClassService;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.item.ItemQuery;
import org.sourcebook.item.ItemService;
import org.sourcebook.lesson.LessonService;
import org.sourcebook.lesson.LessonStatus;
import org.sourcebook.lesson.StoredLesson;
import org.sourcebook.source.DocumentService;
import org.sourcebook.ui.base.HomeRoutes;
import org.sourcebook.ui.teacher.classes.ClassRoutes;
import org.sourcebook.ui.teacher.lessons.LessonEditorView;

/**
 * Where a teacher lands after signing in: how many documents, drafts to review and lessons they
 * have, each with the page to go on from, and the lessons whose items wait for review after a
 * re-import changed their source.
 */
@Route(HomeRoutes.TEACHER)
@Menu(order = 10, icon = "vaadin:academy-cap", title = "nav.teacher.home")
@RolesAllowed(Role.Name.TEACHER)
public class TeacherHomeView extends VerticalLayout implements HasDynamicTitle {

    TeacherHomeView(DocumentService documents, ItemService items, LessonService lessons, ClassService classes) {
        setId("teacher-home");
        long toReview = items.count(ItemQuery.all().withStatus(ItemStatus.DRAFT))
                + items.count(ItemQuery.all().withStatus(ItemStatus.NEEDS_REVIEW));
        var mine = lessons.myLessons();
        long published = mine.stream().map(StoredLesson::status).filter(LessonStatus.PUBLISHED::equals).count();
        UnorderedList overview = new UnorderedList(
                entry("teacher/documents", "home.teacher.documents", documents.myDocuments().size()),
                entry("teacher/documents/upload", "home.teacher.upload"),
                entry("teacher/bank", "home.teacher.drafts", toReview),
                entry("teacher/lessons", "home.teacher.lessons", mine.size(), published),
                entry(ClassRoutes.LIST, "classes.home", classes.myClasses().size()));
        overview.setId("teacher-overview");
        add(overview);
        showLessonsInReview(lessons.itemsInReview(), mine);
    }

    /** The lessons whose items wait for review after a re-import, each a link to its editor; nothing when none do. */
    private void showLessonsInReview(Map<LessonId, Integer> inReview, List<StoredLesson> mine) {
        if (inReview.isEmpty()) {
            return;
        }
        UnorderedList affected = new UnorderedList();
        mine.stream().filter(stored -> inReview.containsKey(stored.lesson().id())).forEach(stored -> affected.add(
                new ListItem(new Anchor(LessonEditorView.path(stored.lesson().id()), getTranslation(
                        "home.teacher.lesson-in-review", stored.lesson().title(), inReview.get(stored.lesson().id()))))));
        Div section = new Div(new H2(getTranslation("home.teacher.in-review", inReview.size())), affected);
        section.setId("teacher-lessons-in-review");
        add(section);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.teacher.title");
    }

    private ListItem entry(String route, String key, Object... counts) {
        return new ListItem(new Anchor(route, getTranslation(key, counts)));
    }
}
