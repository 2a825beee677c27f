package org.sourcebook.ui.base;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.sourcebook.account.DemoAccounts;
import org.sourcebook.ui.KaribuTest;
import org.sourcebook.ui.base.i18n.LanguageSettings;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class LoginViewTest extends KaribuTest {

    @Test
    void demoAccountsAreListedWhileTheDemoProfileIsActive() {
        open("login");

        Section demo = _get(Section.class, spec -> spec.withId("demo-accounts"));
        assertThat(demo.getElement().getTextRecursively())
                .contains("username admin, password admin-demo")
                .contains("username teacher, password teacher-demo")
                .contains("username student, password student-demo");
    }

    @Test
    void withoutDemoAccountsNoCredentialsAreShown() {
        var noDemoAccounts = new StaticListableBeanFactory().getBeanProvider(DemoAccounts.class);

        var view = new LoginView(
                context.getBean(AuthenticationContext.class), context.getBean(LanguageSettings.class), noDemoAccounts);

        assertThat(view.getElement().getTextRecursively()).doesNotContain("demo");
        assertThat(view.getChildren()).noneMatch(child -> child instanceof Section);
    }

    @ParameterizedTest(name = "?{0} shows \"{1}\"")
    @CsvSource({
        "error, Incorrect username or password",
        "throttled, Too many failed sign-in attempts",
        "disabled, Account disabled"
    })
    void eachKindOfFailedLoginHasItsOwnMessage(String parameter, String expectedTitle) {
        open("login?" + parameter);

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(shownTexts(form)).contains("\"title\":\"" + expectedTitle + "\"");
    }

    /** The texts the form shows, as the JSON property the browser receives. */
    private static String shownTexts(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    @Test
    void aFreshLoginPageShowsNoError() {
        open("login");

        assertThat(_get(LoginForm.class).isError()).isFalse();
        assertThat(_find(LoginForm.class)).hasSize(1);
    }
}
