package org.sourcebook.ui.teacher;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.account.Role;
import org.sourcebook.ui.KaribuTest;
import org.sourcebook.ui.ReimportedLesson;

class TeacherHomeViewTest extends KaribuTest {

    @Test
    void theDemoTeacherSeesWhatTheyHaveAndWhereToGoOn() {
        login("teacher");

        assertThat(_find(Anchor.class)).extracting(Anchor::getText).contains(
                "Your documents: 1",
                "Upload a document and get drafts from it",
                "Your lessons: 1, of which published: 1")
                .anyMatch(text -> text.matches("Drafted items waiting for your review: \\d+") && !text.endsWith(": 0"));
        assertThat(_find(Anchor.class)).filteredOn(anchor -> anchor.getText().startsWith("Your lessons"))
                .extracting(Anchor::getHref).containsExactly("teacher/lessons");
    }

    @Test
    void aNewTeacherStartsFromNothing() {
        login(createAccount("home", Role.TEACHER));

        assertThat(_find(Anchor.class)).extracting(Anchor::getText)
                .contains("Your documents: 0", "Drafted items waiting for your review: 0", "Your lessons: 0, of which published: 0");
    }

    @Test
    void lessonsWhoseItemsWaitForReviewAfterAReimportAreListedWithLinksToTheirEditors() {
        ReimportedLesson lesson = ReimportedLesson.ofSignedInTeacher(this);
        assertThat(_find(Div.class, spec -> spec.withId("teacher-lessons-in-review"))).as("nothing flagged yet").isEmpty();

        lesson.reimport(ReimportedLesson.V2);
        open("teacher");

        Div section = _get(Div.class, spec -> spec.withId("teacher-lessons-in-review"));
        assertThat(section.getElement().getTextRecursively())
                .contains("Lessons using items that wait for your review after a re-import: 1");
        assertThat(_find(section, Anchor.class)).singleElement().satisfies(anchor -> {
            assertThat(anchor.getText()).isEqualTo(ReimportedLesson.TITLE + ": items to review: 3");
            assertThat(anchor.getHref()).isEqualTo("teacher/lessons/" + lesson.lesson());
        });
    }

    @Test
    void whatNeedsAttentionComesFirstEachWithALinkToWhereItIsDone() {
        String teacher = createAccount("attention", Role.TEACHER);
        String student = createAccount("attentive", Role.STUDENT);
        login(teacher);
        var items = context.getBean(org.sourcebook.item.ItemService.class);
        var lessons = context.getBean(org.sourcebook.lesson.LessonService.class);
        var classes = context.getBean(org.sourcebook.classes.ClassService.class);
        var documents = context.getBean(org.sourcebook.source.DocumentService.class);
        String text = "On 26 February 1992 the town of Khojaly was attacked. 613 civilians were killed.";
        var document = documents.importText(text, org.sourcebook.content.source.DocumentMetadata.titled("Statement"),
                new org.sourcebook.source.StoredFile("statement.txt", "TXT", text.length()));
        var version = documents.findVersionElseThrow(document.id(), 1);
        var range = version.sentences().get(0);
        items.add(java.util.List.of(new org.sourcebook.content.item.FactCard(org.sourcebook.content.item.ItemInfo.drafted(
                "According to the statement, which town was attacked?", java.util.List.of(new org.sourcebook.content.source.Span(
                        document.id(), 1, range.start(), range.end(), version.quote(range))), 0.8), "Khojaly")));
        var question = items.add(java.util.List.of(org.sourcebook.content.item.SampleItems.singleChoice()
                .withInfo(org.sourcebook.content.item.ItemInfo.written("Which town was attacked?")))).get(0).item();
        var quiz = new org.sourcebook.content.lesson.Quiz(org.sourcebook.content.lesson.BlockId.random(),
                java.util.List.of(question.id()), org.sourcebook.content.lesson.QuizSettings.DEFAULTS);
        var drafted = org.sourcebook.content.lesson.Lesson.titled("Still a draft").withBlocks(java.util.List.of(quiz));
        lessons.add(drafted);
        var unassigned = org.sourcebook.content.lesson.Lesson.titled("Nobody sees this").withBlocks(java.util.List.of(
                new org.sourcebook.content.lesson.Quiz(org.sourcebook.content.lesson.BlockId.random(),
                        java.util.List.of(question.id()), org.sourcebook.content.lesson.QuizSettings.DEFAULTS)));
        lessons.publish(unassigned.id(), lessons.add(unassigned).version());
        var due = org.sourcebook.content.lesson.Lesson.titled("Due soon").withBlocks(java.util.List.of(
                new org.sourcebook.content.lesson.Quiz(org.sourcebook.content.lesson.BlockId.random(),
                        java.util.List.of(question.id()), org.sourcebook.content.lesson.QuizSettings.DEFAULTS)));
        lessons.publish(due.id(), lessons.add(due).version());
        var schoolClass = classes.create("Class 8B");
        classes.assign(schoolClass.id(), due.id(), null, java.time.Instant.now().plus(java.time.Duration.ofDays(2)));
        classes.enrol(schoolClass.id(), java.util.List.of(classes.searchStudents(student).get(0).id()));
        newSession();
        login(student);
        var attempts = context.getBean(org.sourcebook.attempt.QuizAttemptService.class);
        var attempt = attempts.startOrResume(due.id(), due.blocks().get(0).id());
        attempts.submit(attempt.id());
        newSession();
        login(teacher);

        open("teacher");

        TeacherHomeView home = (TeacherHomeView) currentView();
        assertThat(home.sectionIds()).containsExactly("teacher-drafts", "teacher-lessons-attention", "teacher-due",
                "teacher-results");
        assertThat(links("teacher-drafts")).containsExactly("“Statement”: one draft to review");
        assertThat(links("teacher-lessons-attention")).containsExactlyInAnyOrder("“Still a draft”: not published yet",
                "“Nobody sees this”: published, but not assigned to any class");
        assertThat(links("teacher-due")).singleElement().asString().startsWith("“Due soon” for Class 8B: due ");
        assertThat(links("teacher-results")).containsExactly("“Due soon”: one attempt handed in");
        assertThat(_find(_get(Div.class, spec -> spec.withId("teacher-results")), Anchor.class).get(0).getHref())
                .isEqualTo("teacher/lessons/" + due.id() + "/results");
    }

    private static java.util.List<String> links(String section) {
        return _find(_get(Div.class, spec -> spec.withId(section)), Anchor.class).stream().map(Anchor::getText).toList();
    }
}
