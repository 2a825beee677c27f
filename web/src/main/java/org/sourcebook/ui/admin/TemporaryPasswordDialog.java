package org.sourcebook.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Shows a generated temporary password once, in a read-only field that selects itself for copying,
 * with a copy button. Closing the dialog forgets it.
 */
class TemporaryPasswordDialog extends Dialog {

    final TextField password = new TextField();

    TemporaryPasswordDialog(String username, String temporaryPassword) {
        setId("temporary-password-dialog");
        setHeaderTitle(getTranslation("admin.password.title", username));
        password.setValue(temporaryPassword);
        password.setReadOnly(true);
        password.setId("temporary-password");
        password.setLabel(getTranslation("admin.password.label"));
        password.setWidthFull();
        password.getStyle().set("font-family", "monospace");
        password.addFocusListener(focus -> password.getElement().executeJs("this.inputElement.select()"));
        Button copy = new Button(getTranslation("admin.password.copy"), click -> {
            password.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", temporaryPassword);
        });
        add(new Paragraph(getTranslation("admin.password.once")), password);
        Button done = new Button(getTranslation("admin.password.done"), click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setId("temporary-password-done");
        getFooter().add(copy, done);
    }
}
