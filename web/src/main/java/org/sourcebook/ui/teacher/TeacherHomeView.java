package org.sourcebook.ui.teacher;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sourcebook.classes.ClassService;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.item.ItemQuery;
import org.sourcebook.item.ItemService;
import org.sourcebook.lesson.LessonService;
import org.sourcebook.lesson.LessonStatus;
import org.sourcebook.lesson.StoredLesson;
import org.sourcebook.source.DocumentService;
import org.sourcebook.ui.base.HomeRoutes;
import org.sourcebook.ui.teacher.classes.ClassRoutes;

/**
 * Where a teacher lands after signing in: how many documents, drafts to review and lessons they
 * have, each with the page to go on from.
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
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.teacher.title");
    }

    private ListItem entry(String route, String key, Object... counts) {
        return new ListItem(new Anchor(route, getTranslation(key, counts)));
    }
}
