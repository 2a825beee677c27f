package org.sourcebook.ui.base.background;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.communication.PushMode;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.account.Role;
import org.sourcebook.ui.KaribuTest;
import org.sourcebook.ui.base.AppShell;

/**
 * Push costs the server memory for every open tab, so only the pages that change from outside their
 * own requests (background progress, upload results) have it. Karibu turns push on in every UI it
 * creates; each test first puts the UI in the state a real tab starts in (no {@code @Push}: off).
 */
class ServerPushTest extends KaribuTest {

    @Test
    void aStudentsPagesOpenNoPushConnection() {
        assertThat(AppShell.class.isAnnotationPresent(Push.class)).as("push is not on for every tab").isFalse();
        login(createAccount("pupil", Role.STUDENT));
        startsWithoutPush();

        show("");
        assertThat(pushMode()).isEqualTo(PushMode.DISABLED);
    }

    @Test
    void theUploadPageHasPushUntilTheTeacherLeavesIt() {
        login(createAccount("pusher", Role.TEACHER));
        startsWithoutPush();

        show("teacher/documents/upload");
        assertThat(pushMode()).as("import progress arrives from a background thread").isEqualTo(PushMode.AUTOMATIC);

        show("teacher/documents");
        assertThat(pushMode()).isEqualTo(PushMode.DISABLED);
    }

    @Test
    void movingBetweenTwoPagesThatNeedPushKeepsIt() {
        login(createAccount("importer", Role.TEACHER));
        startsWithoutPush();
        show("teacher/documents/upload");

        show("teacher/bank/import");
        assertThat(pushMode()).as("the question import shows its upload's results").isEqualTo(PushMode.AUTOMATIC);
    }

    @Test
    void theAccountImportHasPush() {
        login(createAccount("admin", Role.ADMIN));
        startsWithoutPush();

        show("admin/users/import");
        assertThat(pushMode()).as("the import's progress bar moves from a background thread").isEqualTo(PushMode.AUTOMATIC);
    }

    /** Opens a page and lets the round trip end, as the browser would. */
    private static void show(String location) {
        open(location);
        MockVaadin.clientRoundtrip();
    }

    private static void startsWithoutPush() {
        UI.getCurrent().getPushConfiguration().setPushMode(PushMode.DISABLED);
    }

    private static PushMode pushMode() {
        return UI.getCurrent().getPushConfiguration().getPushMode();
    }
}
