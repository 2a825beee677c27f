package org.sourcebook.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.validator.EmailValidator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.sourcebook.account.AccountAdminException;
import org.sourcebook.account.AccountAdminService;
import org.sourcebook.account.AccountDraft;
import org.sourcebook.account.AccountSummary;
import org.sourcebook.account.CreatedAccount;
import org.sourcebook.account.PasswordPolicy;
import org.sourcebook.account.PasswordProblem;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.account.Username;
import org.sourcebook.persistence.ConcurrentEditException;
import org.sourcebook.ui.account.PasswordProblems;

/** Creates an account, or edits one (username, name, e-mail, roles). */
class AccountDialog extends Dialog {

    /** The form's values; a plain bean for the Binder. */
    static final class Form {
        private String username = "";
        private String displayName = "";
        private String email = "";
        private Set<Role> roles = new HashSet<>();
        private String password = "";

        String getUsername() { return username; }
        void setUsername(String value) { username = value; }
        String getDisplayName() { return displayName; }
        void setDisplayName(String value) { displayName = value; }
        String getEmail() { return email; }
        void setEmail(String value) { email = value; }
        Set<Role> getRoles() { return roles; }
        void setRoles(Set<Role> value) { roles = new HashSet<>(value); }
        String getPassword() { return password; }
        void setPassword(String value) { password = value; }
    }

    private final AccountAdminService accounts;
    private final @Nullable AccountSummary editing;
    private final Binder<Form> binder = new Binder<>();
    private final Form form = new Form();
    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final EmailField email = new EmailField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final PasswordField password = new PasswordField();
    final Paragraph error = new Paragraph();
    final Button save = new Button();

    /**
     * @param editing the account to edit, or null to create one
     * @param onCreated called with a created account (and its temporary password, if generated)
     * @param onSaved called after an edit
     */
    AccountDialog(AccountAdminService accounts, @Nullable AccountSummary editing, Consumer<CreatedAccount> onCreated,
            Runnable onSaved) {
        this.accounts = accounts;
        this.editing = editing;
        setId("account-dialog");
        setHeaderTitle(getTranslation(editing == null ? "admin.users.create.title" : "admin.users.edit.title"));
        username.setLabel(getTranslation("admin.users.field.username"));
        username.setId("account-username");
        username.setHelperText(getTranslation("admin.users.field.username.helper"));
        displayName.setLabel(getTranslation("admin.users.field.name"));
        displayName.setId("account-name");
        email.setLabel(getTranslation("admin.users.field.email"));
        email.setId("account-email");
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("admin.error.EMAIL_INVALID"))
                .setMaxLengthErrorMessage(getTranslation("admin.error.EMAIL_INVALID")));
        roles.setLabel(getTranslation("admin.users.field.roles"));
        roles.setId("account-roles");
        roles.setItems(EnumSet.allOf(Role.class));
        roles.setItemLabelGenerator(role -> getTranslation("admin.role." + role.name()));
        password.setLabel(getTranslation("admin.users.field.password"));
        password.setId("account-password");
        password.setHelperText(getTranslation("admin.users.field.password.helper", PasswordPolicy.MIN_LENGTH,
                PasswordPolicy.SUGGESTED_LENGTH));
        error.setId("account-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);

        binder.forField(username).asRequired(getTranslation("admin.error.USERNAME_INVALID"))
                .withValidator(value -> isUsername(value), getTranslation("admin.error.USERNAME_INVALID"))
                .bind(Form::getUsername, Form::setUsername);
        binder.forField(displayName).asRequired(getTranslation("admin.error.NAME_MISSING"))
                .bind(Form::getDisplayName, Form::setDisplayName);
        binder.forField(email)
                .withValidator(new EmailValidator(getTranslation("admin.error.EMAIL_INVALID"), true))
                .bind(Form::getEmail, Form::setEmail);
        binder.forField(roles).asRequired(getTranslation("admin.error.ROLE_MISSING"))
                .bind(Form::getRoles, Form::setRoles);
        // A group may not carry aria-required (axe: aria-allowed-attr); the label says a role is needed instead.
        roles.setRequiredIndicatorVisible(false);
        binder.forField(password)
                .withValidator((value, context) -> {
                    List<PasswordProblem> problems = value.isEmpty() ? List.of() : PasswordPolicy.check(value, username.getValue());
                    return problems.isEmpty() ? ValidationResult.ok()
                            : ValidationResult.error(PasswordProblems.message(this, problems));
                })
                .bind(Form::getPassword, Form::setPassword);

        FormLayout layout = new FormLayout(username, displayName, email, roles);
        if (editing == null) {
            layout.add(password);
        } else {
            form.setUsername(editing.username().value());
            form.setDisplayName(editing.displayName());
            form.setEmail(editing.email() == null ? "" : editing.email());
            form.setRoles(editing.roles());
        }
        binder.readBean(form);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(error, layout);

        save.setText(getTranslation(editing == null ? "admin.users.create.save" : "admin.users.edit.save"));
        save.setId("account-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save(onCreated, onSaved));
        Button cancel = new Button(getTranslation("admin.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    void save(Consumer<CreatedAccount> onCreated, Runnable onSaved) {
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        AccountDraft draft = new AccountDraft(form.getUsername(), form.getDisplayName(), form.getEmail(),
                form.getRoles(), form.getPassword().isEmpty() ? null : form.getPassword());
        try {
            if (editing == null) {
                CreatedAccount created = accounts.create(draft);
                close();
                onCreated.accept(created);
            } else {
                accounts.update(editing.id(), editing.version(), draft);
                close();
                onSaved.run();
            }
        } catch (AccountAdminException refused) {
            error.setText(AdminErrors.message(this, refused));
            error.setVisible(true);
        } catch (ConcurrentEditException changedMeanwhile) {
            error.setText(getTranslation("conflict.account"));
            error.setVisible(true);
        }
    }

    private static boolean isUsername(String value) {
        try {
            Username.of(value);
            return true;
        } catch (IllegalArgumentException invalid) {
            return false;
        }
    }
}
