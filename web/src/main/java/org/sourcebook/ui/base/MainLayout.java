package org.sourcebook.ui.base;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import org.sourcebook.account.AccountService;
import org.sourcebook.ui.base.i18n.LanguageSettings;

/**
 * The frame around every signed-in page: a side navigation built from the views' {@code @Menu}
 * annotations (Vaadin lists only the views the person's roles allow; titles are bundle keys), the
 * current page's title, and the user menu. Its first element is a "skip to the main content" link,
 * shown when it takes the keyboard focus, so keyboard users need not tab through the navigation.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();

    MainLayout(AccountService accounts, AuthenticationContext authentication, LanguageSettings languageSettings,
            TimeZones timeZones) {
        setPrimarySection(Section.DRAWER);
        addToDrawer(appName(), new Scroller(sideNav()));
        viewTitle.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE, LumoUtility.Flex.GROW);
        var userMenu = new UserMenu(accounts.currentAccount(), languageSettings, timeZones, authentication::logout);
        var navbar = new HorizontalLayout(skipLink(), new DrawerToggle(), viewTitle, userMenu);
        navbar.setWidthFull();
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.addClassNames(LumoUtility.Padding.End.MEDIUM);
        addToNavbar(navbar);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
    }

    /**
     * Moves the focus to the page's content. A fragment link cannot do it here: the page's base
     * address would turn {@code #main} into a link to the start page, so the click is handled in the browser.
     */
    private Anchor skipLink() {
        Anchor skip = new Anchor("#main-content", getTranslation("nav.skip"));
        skip.setId("skip-to-content");
        skip.addClassName("skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        skip.getElement().executeJs("""
                this.addEventListener('click', event => {
                  event.preventDefault();
                  const main = document.querySelector('vaadin-app-layout > :not([slot])');
                  if (main) {
                    main.setAttribute('tabindex', '-1');
                    main.classList.add('main-content');
                    main.focus();
                  }
                });
                """);
        return skip;
    }

    private Span appName() {
        Span name = new Span(getTranslation("app.name"));
        name.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.FontSize.LARGE, LumoUtility.Padding.MEDIUM,
                LumoUtility.Display.BLOCK);
        return name;
    }

    private SideNav sideNav() {
        SideNav nav = new SideNav();
        nav.getElement().setAttribute("aria-label", getTranslation("nav.aria"));
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(navItem(entry)));
        return nav;
    }

    private SideNavItem navItem(MenuEntry entry) {
        String title = getTranslation(entry.title());
        return entry.icon() == null
                ? new SideNavItem(title, entry.path())
                : new SideNavItem(title, entry.path(), new Icon(entry.icon()));
    }
}
