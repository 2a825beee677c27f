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
}
