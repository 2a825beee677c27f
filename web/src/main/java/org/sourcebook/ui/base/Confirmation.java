package org.sourcebook.ui.base;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks before something happens: a title, a sentence, and confirm / cancel. Used instead of
 * Vaadin's {@code ConfirmDialog}, which left the page behind it focusable under {@code aria-hidden}
 * (axe: aria-hidden-focus, serious). When confirming destroys something (an error theme), the focus
 * starts on cancel, so a hasty Enter does no harm.
 */
public class Confirmation extends Dialog {

    private final Paragraph message = new Paragraph();
    private final Button confirm = new Button();
    private final Button cancel = new Button();
    private final List<Runnable> confirmListeners = new ArrayList<>();
    private final List<Runnable> cancelListeners = new ArrayList<>();
    private boolean destructive;
    private boolean confirmed;

    public Confirmation() {
        message.addClassName("confirmation-text");
        add(message);
        confirm.addClassName("confirmation-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> confirm());
        cancel.addClassName("confirmation-cancel");
        cancel.addClickListener(click -> cancel());
        cancel.setText(getTranslation("confirmation.cancel"));
        getFooter().add(cancel, confirm);
        setWidth("min(32rem, 95vw)");
        addOpenedChangeListener(event -> {
            if (!event.isOpened() && !confirmed) {
                cancelListeners.forEach(Runnable::run);
            }
        });
    }

    public Confirmation(String title, String text, String confirmText, Runnable onConfirm) {
        this();
        setHeader(title);
        setText(text);
        setConfirmText(confirmText);
        addConfirmListener(onConfirm);
    }

    public void setHeader(String title) {
        setHeaderTitle(title);
    }

    public void setText(String text) {
        message.setText(text);
    }

    public String getText() {
        return message.getText();
    }

    public void setConfirmText(String text) {
        confirm.setText(text);
    }

    public void setCancelText(String text) {
        cancel.setText(text);
    }

    /** Without cancel, the one button only acknowledges. */
    public void setCancelable(boolean cancelable) {
        cancel.setVisible(cancelable);
    }

    /** Marks confirming as destroying something: the button turns red and the focus starts on cancel. */
    public void setDestructive(boolean destroys) {
        destructive = destroys;
        confirm.removeThemeVariants(ButtonVariant.LUMO_ERROR);
        if (destroys) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
    }

    public void addConfirmListener(Runnable listener) {
        confirmListeners.add(listener);
    }

    /** Runs when the dialog closes without confirming: cancel, Esc, or a click outside. */
    public void addCancelListener(Runnable listener) {
        cancelListeners.add(listener);
    }

    @Override
    public void open() {
        super.open();
        (destructive && cancel.isVisible() ? cancel : confirm).focus();
    }

    /** What a click on the confirm button does: closes, then runs the confirm listeners. */
    public void confirm() {
        confirmed = true;
        close();
        confirmListeners.forEach(Runnable::run);
    }

    public void cancel() {
        close();
    }
}
