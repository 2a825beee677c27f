package org.sourcebook.ui.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcebook.persistence.ConcurrentEditException;

/**
 * Turns an unexpected exception into a short message with a reference the person can pass on;
 * the stack trace goes to the log under the same reference, never to the screen. A concurrent
 * edit that no view handled is not a fault: it gets the plain "someone else saved this" message.
 */
class UnexpectedErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        ConcurrentEditException conflict = concurrentEdit(event.getThrowable());
        if (conflict != null) {
            log.info("Concurrent edit reached the error handler: {}", conflict.getMessage());
            notify("conflict.unhandled");
            return;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error (reference {})", reference, event.getThrowable());
        notify("error.unexpected", reference);
    }

    private static @Nullable ConcurrentEditException concurrentEdit(@Nullable Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConcurrentEditException conflict) {
                return conflict;
            }
        }
        return null;
    }

    private static void notify(String key, Object... parameters) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification notification = new Notification(ui.getTranslation(key, parameters), 8000);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notification.open();
        }
    }
}
