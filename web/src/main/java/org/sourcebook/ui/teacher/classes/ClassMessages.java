package org.sourcebook.ui.teacher.classes;

import com.vaadin.flow.component.Component;
import org.sourcebook.ui.base.Confirmation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.sourcebook.classes.ClassRefusedException;

/** Translated messages for what the class service refuses; never the exception's own text. */
final class ClassMessages {

    private ClassMessages() {}

    static String refused(Component owner, ClassRefusedException e) {
        return owner.getTranslation("classes.refused." + e.reason().name());
    }

    /** Opens a dialog that asks before something is removed; {@code action} runs on confirm. */
    static void confirmRemoval(Component owner, String id, String title, String text, String confirmText,
            Runnable action) {
        Confirmation confirm = new Confirmation(title, text, confirmText, () -> action.run());
        confirm.setId(id);
        confirm.setCancelable(true);
        confirm.setCancelText(owner.getTranslation("classes.cancel"));
        confirm.setDestructive(true);
        confirm.open();
    }

    static void showError(String message) {
        Notification notification = Notification.show(message);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
