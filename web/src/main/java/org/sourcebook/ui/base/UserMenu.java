package org.sourcebook.ui.base;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.sourcebook.account.Account;
import org.sourcebook.ui.base.i18n.Language;
import org.sourcebook.ui.base.i18n.LanguageSettings;

/** The signed-in person's menu: who they are, the UI language, the time zone, and sign-out. */
class UserMenu extends Composite<MenuBar> {

    /** The own-password page ({@code ui.account.ChangePasswordView}, named by route to keep {@code base} below it). */
    private static final String PASSWORD_ROUTE = "account/password";

    UserMenu(Account account, LanguageSettings languageSettings, TimeZones timeZones, Runnable signOut) {
        MenuBar menu = getContent();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.getElement().setAttribute("aria-label", getTranslation("menu.user.aria", account.displayName()));

        Avatar avatar = new Avatar(account.displayName());
        avatar.addThemeVariants(AvatarVariant.LUMO_XSMALL);
        MenuItem user = menu.addItem(new HorizontalLayout(avatar, new Span(account.displayName())));
        SubMenu options = user.getSubMenu();

        SubMenu languages = options.addItem(getTranslation("menu.language")).getSubMenu();
        Language current = LanguageSettings.current(UI.getCurrent());
        for (Language language : Language.values()) {
            MenuItem item = languages.addItem(
                    getTranslation(language.nameKey()), click -> languageSettings.choose(UI.getCurrent(), language));
            item.setCheckable(true);
            item.setChecked(language == current);
        }
        options.addItem(withIcon(VaadinIcon.CLOCK, getTranslation("menu.time-zone",
                TimeZones.current().getId() + " (" + TimeZones.name(TimeZones.current(), getLocale()) + ")")),
                click -> new TimeZoneDialog(timeZones).open());
        options.addItem(withIcon(VaadinIcon.KEY, getTranslation("menu.password")),
                click -> UI.getCurrent().navigate(PASSWORD_ROUTE));
        options.addItem(withIcon(VaadinIcon.SIGN_OUT, getTranslation("menu.sign-out")), click -> signOut.run());
    }

    private static HorizontalLayout withIcon(VaadinIcon icon, String text) {
        Icon graphic = icon.create();
        graphic.getElement().setAttribute("aria-hidden", "true");
        return new HorizontalLayout(graphic, new Span(text));
    }
}
