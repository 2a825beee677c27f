package org.sourcebook.ui.teacher;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sourcebook.attempt.StudentAttemptSummary;
import org.sourcebook.attempt.TeacherAttemptService;
import org.sourcebook.classes.Assignment;
import org.sourcebook.classes.ClassService;
import org.sourcebook.classes.SchoolClass;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.item.ItemQuery;
import org.sourcebook.item.ItemService;
import org.sourcebook.lesson.LessonService;
import org.sourcebook.lesson.LessonStatus;
import org.sourcebook.lesson.StoredLesson;
import org.sourcebook.source.DocumentService;
import org.sourcebook.source.DocumentSummary;
import org.sourcebook.ui.base.HomeRoutes;
import org.sourcebook.ui.lesson.Times;
import org.sourcebook.ui.teacher.classes.ClassRoutes;
import org.sourcebook.ui.teacher.items.ItemRoutes;
import org.sourcebook.ui.teacher.lessons.LessonEditorView;
import org.sourcebook.ui.teacher.results.ResultsView;

/**
 * Where a teacher lands after signing in: what needs attention first (drafts to review per
 * document, lessons not published or not assigned or with changes students do not see yet, what
 * is due in the coming week, results that came in this week, lessons whose items wait for review
 * after a re-import), each a link to where it is done; then the counts of their work.
 */
@Route(HomeRoutes.TEACHER)
@Menu(order = 10, icon = "vaadin:academy-cap", title = "nav.teacher.home")
@RolesAllowed(Role.Name.TEACHER)
public class TeacherHomeView extends VerticalLayout implements HasDynamicTitle {

    static final Duration SOON = Duration.ofDays(7);
    static final Duration RECENT = Duration.ofDays(7);

    private final DocumentService documents;
    private final ItemService items;
    private final LessonService lessons;
    private final ClassService classes;
    private final TeacherAttemptService attempts;
    private final Instant now;
    private int sections;

    TeacherHomeView(DocumentService documents, ItemService items, LessonService lessons, ClassService classes,
            TeacherAttemptService attempts, Clock clock) {
        this.documents = documents;
        this.items = items;
        this.lessons = lessons;
        this.classes = classes;
        this.attempts = attempts;
        this.now = clock.instant();
        setId("teacher-home");
        List<DocumentSummary> myDocuments = documents.myDocuments();
        List<StoredLesson> mine = lessons.myLessons();
        List<SchoolClass> myClasses = classes.myClasses();
        Map<SchoolClass, List<Assignment>> assigned = new LinkedHashMap<>();
        myClasses.forEach(schoolClass -> assigned.put(schoolClass, classes.assignments(schoolClass.id())));
        draftsToReview(myDocuments);
        lessonsToFinish(mine, assigned);
        dueSoon(assigned);
        recentResults(mine, assigned);
        lessonsInReview(lessons.itemsInReview(), mine);
        if (sections == 0) {
            Paragraph calm = new Paragraph(getTranslation("home.teacher.nothing"));
            calm.setId("teacher-nothing");
            add(calm);
        }
        overview(myDocuments, mine, myClasses);
    }

    private void draftsToReview(List<DocumentSummary> myDocuments) {
        List<ListItem> lines = new ArrayList<>();
        for (DocumentSummary document : myDocuments) {
            long count = items.count(ItemQuery.all().withDocument(document.id()).withStatus(ItemStatus.DRAFT))
                    + items.count(ItemQuery.all().withDocument(document.id()).withStatus(ItemStatus.NEEDS_REVIEW));
            if (count > 0) {
                lines.add(link(ItemRoutes.drafts(document.id()), "home.teacher.drafts-of", document.title(), count));
            }
        }
        section("teacher-drafts", "home.teacher.section.drafts", lines);
    }

    private void lessonsToFinish(List<StoredLesson> mine, Map<SchoolClass, List<Assignment>> assigned) {
        Set<LessonId> assignedLessons = new HashSet<>();
        assigned.values().forEach(list -> list.forEach(assignment -> assignedLessons.add(assignment.lesson())));
        List<ListItem> lines = new ArrayList<>();
        for (StoredLesson stored : mine) {
            String key = stored.status() == LessonStatus.DRAFT ? "home.teacher.lesson.draft"
                    : stored.unpublishedChanges() ? "home.teacher.lesson.changed"
                    : assignedLessons.contains(stored.lesson().id()) ? null : "home.teacher.lesson.not-assigned";
            if (key != null) {
                lines.add(link(LessonEditorView.path(stored.lesson().id()), key, stored.lesson().title()));
            }
        }
        section("teacher-lessons-attention", "home.teacher.section.lessons", lines);
    }

    private void dueSoon(Map<SchoolClass, List<Assignment>> assigned) {
        List<ListItem> lines = new ArrayList<>();
        assigned.forEach((schoolClass, list) -> list.stream()
                .filter(assignment -> assignment.dueAt() != null && assignment.published()
                        && !assignment.dueAt().isBefore(now) && assignment.dueAt().isBefore(now.plus(SOON)))
                .sorted(Comparator.comparing(Assignment::dueAt))
                .forEach(assignment -> lines.add(link(ClassRoutes.of(schoolClass.id()), "home.teacher.due",
                        assignment.lessonTitle(), schoolClass.name(), Times.format(assignment.dueAt(), getLocale())))));
        section("teacher-due", "home.teacher.section.due", lines);
    }

    /** The lessons students handed in attempts at during the last week, with how many. */
    private void recentResults(List<StoredLesson> mine, Map<SchoolClass, List<Assignment>> assigned) {
        Set<LessonId> published = new HashSet<>();
        mine.stream().filter(stored -> stored.status() == LessonStatus.PUBLISHED)
                .forEach(stored -> published.add(stored.lesson().id()));
        Set<Long> students = new HashSet<>();
        assigned.keySet().forEach(schoolClass -> classes.members(schoolClass.id())
                .forEach(member -> students.add(member.id())));
        if (published.isEmpty() || students.isEmpty()) {
            return;
        }
        Map<LessonId, Integer> submitted = new LinkedHashMap<>();
        for (StudentAttemptSummary attempt : attempts.attemptsOf(published, students)) {
            Instant at = attempt.summary().submittedAt();
            if (at != null && at.isAfter(now.minus(RECENT))) {
                submitted.merge(attempt.lesson(), 1, Integer::sum);
            }
        }
        List<ListItem> lines = new ArrayList<>();
        mine.stream().filter(stored -> submitted.containsKey(stored.lesson().id())).forEach(stored -> lines.add(
                link(ResultsView.path(stored.lesson().id()), "home.teacher.results", stored.lesson().title(),
                        submitted.get(stored.lesson().id()))));
        section("teacher-results", "home.teacher.section.results", lines);
    }

    /** The lessons whose items wait for review after a re-import, each a link to its editor. */
    private void lessonsInReview(Map<LessonId, Integer> inReview, List<StoredLesson> mine) {
        List<ListItem> lines = new ArrayList<>();
        mine.stream().filter(stored -> inReview.containsKey(stored.lesson().id())).forEach(stored -> lines.add(
                link(LessonEditorView.path(stored.lesson().id()), "home.teacher.lesson-in-review", stored.lesson().title(),
                        inReview.get(stored.lesson().id()))));
        if (!lines.isEmpty()) {
            add(section(new H2(getTranslation("home.teacher.in-review", inReview.size())), "teacher-lessons-in-review", lines));
            sections++;
        }
    }

    private void section(String id, String titleKey, List<ListItem> lines) {
        if (!lines.isEmpty()) {
            add(section(new H2(getTranslation(titleKey)), id, lines));
            sections++;
        }
    }

    private static Div section(H2 title, String id, List<ListItem> lines) {
        UnorderedList list = new UnorderedList();
        lines.forEach(list::add);
        Div section = new Div(title, list);
        section.setId(id);
        section.addClassName("teacher-attention");
        return section;
    }

    private void overview(List<DocumentSummary> myDocuments, List<StoredLesson> mine, List<SchoolClass> myClasses) {
        long toReview = items.count(ItemQuery.all().withStatus(ItemStatus.DRAFT))
                + items.count(ItemQuery.all().withStatus(ItemStatus.NEEDS_REVIEW));
        long published = mine.stream().map(StoredLesson::status).filter(LessonStatus.PUBLISHED::equals).count();
        UnorderedList overview = new UnorderedList(
                link("teacher/documents", "home.teacher.documents", myDocuments.size()),
                link("teacher/documents/upload", "home.teacher.upload"),
                link("teacher/bank", "home.teacher.drafts", toReview),
                link("teacher/lessons", "home.teacher.lessons", mine.size(), published),
                link(ClassRoutes.LIST, "classes.home", myClasses.size()));
        overview.setId("teacher-overview");
        add(new H2(getTranslation("home.teacher.section.overview")), overview);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.teacher.title");
    }

    private ListItem link(String route, String key, Object... parameters) {
        return new ListItem(new Anchor(route, getTranslation(key, parameters)));
    }

    /** For tests: the sections shown, by id. */
    List<String> sectionIds() {
        return getChildren().filter(child -> child.hasClassName("teacher-attention")).map(Component::getId)
                .map(id -> id.orElse("")).toList();
    }
}
