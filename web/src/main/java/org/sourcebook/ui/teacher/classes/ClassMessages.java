package org.sourcebook.ui.teacher.classes;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.sourcebook.classes.ClassRefusedException;

/** Translated messages for what the class service refuses; never the exception's own text. */
final class ClassMessages {

    private ClassMessages() {}

    static String refused(Component owner, ClassRefusedException e) {
        return owner.getTranslation("classes.refused." + e.reason().name());
    }

    static void showError(String message) {
        Notification notification = Notification.show(message);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
