package org.sourcebook.ui.base;

import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sourcebook.persistence.ConcurrentEditException;
import org.sourcebook.ui.KaribuTest;

class UnexpectedErrorHandlerTest extends KaribuTest {

    private final UnexpectedErrorHandler handler = new UnexpectedErrorHandler();

    @Test
    void aConcurrentEditNoViewHandledSaysSomeoneElseSavedInsteadOfAnError() {
        var conflict = new ConcurrentEditException("Item", UUID.randomUUID(), 3, 4);

        handler.error(new ErrorEvent(new IllegalStateException("listener failed", conflict)));

        expectNotifications("Someone else saved this at the same moment, so your change was not saved and nothing was "
                + "overwritten. Reload the page to see the saved version, then make your change again.");
    }

    @Test
    void anyOtherExceptionGetsTheUnexpectedErrorMessageWithAReference() {
        handler.error(new ErrorEvent(new IllegalStateException("boom")));

        assertThat(getNotifications()).singleElement().extracting(UnexpectedErrorHandlerTest::text).asString()
                .matches(".*reference: [0-9a-f]{8}");
    }

    private static String text(Notification notification) {
        return notification.getElement().getProperty("text", "");
    }
}
