package org.sourcebook.ui.teacher;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.account.Role;
import org.sourcebook.ui.KaribuTest;

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
}
