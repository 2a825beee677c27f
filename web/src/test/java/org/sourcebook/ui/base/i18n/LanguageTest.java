package org.sourcebook.ui.base.i18n;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.HasDynamicTitle;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.account.Role;
import org.sourcebook.ui.KaribuTest;

class LanguageTest extends KaribuTest {

    @Test
    void choosingAzerbaijaniInTheUserMenuSwitchesTheUiAndIsRememberedForTheNextSession() {
        String username = createAccount("aysel", Role.TEACHER);
        login(username);
        assertThat(homeTitle()).isEqualTo("Teacher home");

        ContextMenuKt._clickItemWithCaption(_get(MenuBar.class), "Azərbaycanca");

        assertThat(homeTitle()).isEqualTo("Müəllim səhifəsi");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).startsWith("Müəllim səhifəsi").contains("Sual bankı")
                .doesNotContain("Teacher home");

        newSession();
        login(username);
        assertThat(homeTitle()).as("remembered across sessions").isEqualTo("Müəllim səhifəsi");
    }

    @Test
    void oneLanguageChoiceDoesNotChangeAnotherPersonsLanguage() {
        String chooser = createAccount("chooser", Role.STUDENT);
        String other = createAccount("other", Role.STUDENT);
        login(chooser);
        ContextMenuKt._clickItemWithCaption(_get(MenuBar.class), "Azərbaycanca");

        newSession();
        login(other);

        assertThat(homeTitle()).isEqualTo("Student home");
    }

    @Test
    void theLoginPageCanBeSwitchedToAzerbaijaniBeforeSigningIn() {
        open("login");

        @SuppressWarnings("unchecked")
        Select<Language> languages = _get(Select.class);
        _setValue(languages, Language.AZERBAIJANI);

        assertThat(_get(Select.class).getLabel()).isEqualTo("Dil");
        assertThat(_get(H1.class).getText()).isEqualTo("Sourcebook");
    }

    private static String homeTitle() {
        return ((HasDynamicTitle) currentView()).getPageTitle();
    }
}
