package org.sourcebook.ui.admin;

import com.vaadin.flow.component.Component;
import org.sourcebook.account.AccountAdminException;
import org.sourcebook.ui.account.PasswordProblems;

/** Translated messages for refused admin actions. */
final class AdminErrors {

    private AdminErrors() {}

    static String message(Component where, AccountAdminException refused) {
        if (refused.reason() == AccountAdminException.Reason.PASSWORD_WEAK) {
            return PasswordProblems.message(where, refused.passwordProblems());
        }
        return where.getTranslation("admin.error." + refused.reason().name());
    }
}
