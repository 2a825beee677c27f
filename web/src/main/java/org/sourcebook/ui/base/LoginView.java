package org.sourcebook.ui.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sourcebook.account.DemoAccounts;
import org.sourcebook.ui.base.i18n.Language;
import org.sourcebook.ui.base.i18n.LanguageSettings;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Sign-in page. Spring Security processes the form; a failed attempt comes back here with one of
 * the {@code ERROR_*} query parameters, each shown as its own message. Demo credentials are listed
 * only when the demo accounts exist (profile {@code demo}).
 */
@Route(value = LoginView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "login";
    public static final String ERROR_BAD_CREDENTIALS = "error";
    public static final String ERROR_THROTTLED = "throttled";
    public static final String ERROR_DISABLED = "disabled";

    private static final Map<String, String> ERROR_KEYS = Map.of(
            ERROR_BAD_CREDENTIALS, "login.error",
            ERROR_THROTTLED, "login.throttled",
            ERROR_DISABLED, "login.disabled");

    private final AuthenticationContext authentication;
    private final LanguageSettings languageSettings;
    private final LoginForm loginForm = new LoginForm();

    LoginView(
            AuthenticationContext authentication,
            LanguageSettings languageSettings,
            ObjectProvider<DemoAccounts> demoAccounts) {
        this.authentication = authentication;
        this.languageSettings = languageSettings;
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        loginForm.setAction(ROUTE);
        loginForm.setForgotPasswordButtonVisible(false);
        add(new H1(getTranslation("app.name")), loginForm, help(), languageSelect());
        demoAccounts.ifAvailable(demo -> add(demoAccountList(demo.credentials())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo(RootView.class);
            return;
        }
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        Optional<String> errorKey = ERROR_KEYS.entrySet().stream()
                .filter(error -> parameters.containsKey(error.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
        loginForm.setI18n(translatedForm(errorKey.orElse("login.error")));
        loginForm.setError(errorKey.isPresent());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }

    private LoginI18n translatedForm(String errorKey) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.form.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation(errorKey + ".title"));
        i18n.getErrorMessage().setMessage(getTranslation(errorKey + ".message"));
        return i18n;
    }

    private Paragraph help() {
        Paragraph help = new Paragraph(getTranslation("login.help"));
        help.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        help.setMaxWidth("22em");
        return help;
    }

    private Select<Language> languageSelect() {
        Select<Language> select = new Select<>();
        select.setLabel(getTranslation("login.language"));
        select.setItems(Language.values());
        select.setItemLabelGenerator(language -> getTranslation(language.nameKey()));
        select.setValue(LanguageSettings.current(UI.getCurrent()));
        select.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                languageSettings.choose(UI.getCurrent(), change.getValue());
            }
        });
        return select;
    }

    private Section demoAccountList(List<DemoAccounts.Credentials> credentials) {
        UnorderedList list = new UnorderedList();
        for (DemoAccounts.Credentials demo : credentials) {
            list.add(new ListItem(getTranslation(
                    "login.demo.account", getTranslation("role." + demo.role().name()), demo.username(), demo.password())));
        }
        Section section = new Section(new H2(getTranslation("login.demo.title")), new Paragraph(getTranslation("login.demo.hint")), list);
        section.setId("demo-accounts");
        section.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Background.CONTRAST_5, LumoUtility.Padding.MEDIUM,
                LumoUtility.BorderRadius.MEDIUM);
        return section;
    }
}
