package org.sourcebook.ui.account;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;
import org.sourcebook.account.AccountAdminService;
import org.sourcebook.account.AccountQuery;
import org.sourcebook.content.account.Role;
import org.sourcebook.ui.KaribuTest;
import org.sourcebook.ui.student.StudentHomeView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

class ChangePasswordViewTest extends KaribuTest {

    @Autowired
    AccountAdminService admin;

    /** Resets the password as an admin would, returning the temporary password. */
    private String resetPasswordOf(String username) {
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                "test-admin", null, java.util.List.of(new SimpleGrantedAuthority(Role.ADMIN.authority())))));
        try {
            long id = admin.find(new AccountQuery(username, null), PageRequest.of(0, 1)).getContent().get(0).id();
            return admin.resetPassword(id);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static void fill(String current, String next, String repeat) {
        _get(PasswordField.class, spec -> spec.withId("current-password")).setValue(current);
        _get(PasswordField.class, spec -> spec.withId("new-password")).setValue(next);
        _get(PasswordField.class, spec -> spec.withId("repeat-password")).setValue(repeat);
        _click(_get(Button.class, spec -> spec.withId("save-password")));
    }

    @Test
    void afterAResetEveryPageLeadsToThePasswordPageUntilANewPasswordIsChosen() {
        String student = createAccount("reset-student", Role.STUDENT);
        String temporary = resetPasswordOf(student);

        login(student);
        assertThat(currentView()).isInstanceOf(ChangePasswordView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("forced-change")).getText()).contains("set by an administrator");
        open("student");
        assertThat(currentView()).isInstanceOf(ChangePasswordView.class);

        fill(temporary, "password", "password");
        assertThat(_get(PasswordField.class, spec -> spec.withId("new-password")).getErrorMessage())
                .contains("commonly used passwords");
        fill(temporary, "a river of quiet stones", "a river of quiet stones!");
        assertThat(_get(PasswordField.class, spec -> spec.withId("repeat-password")).getErrorMessage())
                .isEqualTo("The two new passwords differ.");
        fill("not-the-temporary", "a river of quiet stones", "a river of quiet stones");
        assertThat(_get(PasswordField.class, spec -> spec.withId("current-password")).getErrorMessage())
                .isEqualTo("The current password is not correct.");

        fill(temporary, "a river of quiet stones", "a river of quiet stones");

        assertThat(currentView()).isInstanceOf(StudentHomeView.class);
        open("student");
        assertThat(currentView()).isInstanceOf(StudentHomeView.class);
    }

    @Test
    void anyoneCanChangeTheirOwnPasswordWithoutBeingForced() {
        String teacher = createAccount("own-change", Role.TEACHER);
        login(teacher);
        assertThat(currentView()).isNotInstanceOf(ChangePasswordView.class);

        open(ChangePasswordView.ROUTE);
        assertThat(_find(Paragraph.class, spec -> spec.withId("forced-change"))).isEmpty();
        assertThat(_get(PasswordField.class, spec -> spec.withId("new-password")).getHelperText())
                .startsWith("At least 8 characters; 15 or more is better.");
        fill("test-password", "fifteen letters and more", "fifteen letters and more");

        assertThat(currentView()).isNotInstanceOf(ChangePasswordView.class);
    }
}
