package org.sourcebook.ui.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an unexpected exception into a short message with a reference the person can pass on;
 * the stack trace goes to the log under the same reference, never to the screen.
 */
class UnexpectedErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error (reference {})", reference, event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification notification = new Notification(ui.getTranslation("error.unexpected", reference), 8000);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notification.open();
        }
    }
}
