package org.sourcebook.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.sourcebook.account.AccountAdminException;
import org.sourcebook.account.AccountService;
import org.sourcebook.account.PasswordPolicy;
import org.sourcebook.account.PasswordProblem;
import org.sourcebook.persistence.ConcurrentEditException;

/**
 * Changes the signed-in person's own password (the current one is required). People whose password
 * was set or reset by an admin are sent here until they have chosen their own (see
 * {@link ForcedPasswordChange}).
 */
@Route(ChangePasswordView.ROUTE)
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "account/password";

    private final AccountService accounts;
    private final PasswordField current = new PasswordField();
    private final PasswordField next = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Button save = new Button();

    ChangePasswordView(AccountService accounts) {
        this.accounts = accounts;
        setId("change-password");
        setMaxWidth("36em");
        current.setLabel(getTranslation("account.password.current"));
        current.setId("current-password");
        next.setLabel(getTranslation("account.password.new"));
        next.setId("new-password");
        next.setHelperText(getTranslation("account.password.helper", PasswordPolicy.MIN_LENGTH,
                PasswordPolicy.SUGGESTED_LENGTH, PasswordPolicy.MAX_LENGTH));
        next.setMaxLength(PasswordPolicy.MAX_LENGTH * 2);
        repeat.setLabel(getTranslation("account.password.repeat"));
        repeat.setId("repeat-password");
        for (PasswordField field : List.of(current, next, repeat)) {
            field.setWidthFull();
            field.setRequiredIndicatorVisible(true);
        }
        save.setText(getTranslation("account.password.save"));
        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        if (accounts.mustChangeMyPassword()) {
            Paragraph forced = new Paragraph(getTranslation("account.password.forced"));
            forced.setId("forced-change");
            add(forced);
        }
        add(current, next, repeat, save);
    }

    void save() {
        current.setInvalid(false);
        next.setInvalid(false);
        repeat.setInvalid(false);
        List<PasswordProblem> problems = PasswordPolicy.check(next.getValue(), null);
        if (!problems.isEmpty()) {
            showProblems(problems);
            return;
        }
        if (!next.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("account.password.mismatch"));
            repeat.setInvalid(true);
            return;
        }
        try {
            accounts.changeMyPassword(current.getValue(), next.getValue());
        } catch (AccountAdminException refused) {
            if (refused.reason() == AccountAdminException.Reason.WRONG_CURRENT_PASSWORD) {
                current.setErrorMessage(getTranslation("account.password.wrong-current"));
                current.setInvalid(true);
            } else {
                showProblems(refused.passwordProblems());
            }
            return;
        } catch (ConcurrentEditException changedMeanwhile) {
            Notification notification = Notification.show(getTranslation("conflict.account.password"));
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        ForcedPasswordChange.passwordChosen(VaadinSession.getCurrent());
        Notification.show(getTranslation("account.password.changed"));
        getUI().ifPresent(ui -> ui.navigate(""));
    }

    private void showProblems(List<PasswordProblem> problems) {
        next.setErrorMessage(PasswordProblems.message(this, problems));
        next.setInvalid(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.password.title");
    }
}
