package org.sourcebook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.sourcebook.account.AccountService;
import org.sourcebook.account.AccountUserDetailsService;
import org.sourcebook.account.NewAccount;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.account.Username;
import org.sourcebook.ui.base.Confirmation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of every web test: one Spring context for all of them (same annotations, no per-class
 * mocks), a real HTTP port for the tests that need one, the demo accounts, and a mocked Vaadin UI
 * per test. {@link #login(String)} signs in a real account from the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@Import(WebTestConfiguration.class)
public abstract class KaribuTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    private AccountUserDetailsService accounts;

    @Autowired
    private AccountService accountService;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("org.sourcebook.ui");
        }
    }

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Starts over as a new visitor: a new session, signed out. */
    protected void newSession() {
        tearDownVaadin();
        setUpVaadin();
    }

    /**
     * Creates an account with a username unique in this test run (the context, and so the
     * database, is shared by all web tests) and returns that username.
     */
    protected String createAccount(String prefix, Role... roles) {
        String username = prefix + "-" + SEQUENCE.incrementAndGet();
        var admin = UsernamePasswordAuthenticationToken.authenticated(
                "test-admin", null, List.of(new SimpleGrantedAuthority(Role.ADMIN.authority())));
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(new SecurityContextImpl(admin));
        try {
            accountService.createAccount(
                    new NewAccount(Username.of(username), "Test " + prefix, "test-password", Set.of(roles)));
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        return username;
    }

    /**
     * Signs in as {@code username} (roles from the database), then reloads the page as the real
     * login's redirect would, so the new UI is built for that person.
     */
    protected void login(String username) {
        UserDetails user = accounts.loadUserByUsername(username);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContext securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(authentication);
        SecurityContextHolder.setContext(securityContext);
        List<String> authorities = user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authorities.contains("ROLE_" + role));
        UI.getCurrent().getPage().reload();
    }

    /**
     * Opens {@code location} (path and optional query) as a page load, as when a person types it
     * into the address bar. ({@code UI.navigate} would leave unknown paths to the browser.)
     */
    protected static void open(String location) {
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location(location), NavigationTrigger.PAGE_LOAD);
    }

    /** Clicks the confirm button of an open {@link Confirmation}, as the person would. */
    protected static void confirm(Confirmation dialog) {
        com.github.mvysny.kaributesting.v10.ButtonKt._click(com.github.mvysny.kaributesting.v10.LocatorJ._get(dialog,
                com.vaadin.flow.component.button.Button.class, spec -> spec.withClasses("confirmation-confirm")));
    }

    /** Clicks the cancel button of an open {@link Confirmation}. */
    protected static void cancel(Confirmation dialog) {
        com.github.mvysny.kaributesting.v10.ButtonKt._click(com.github.mvysny.kaributesting.v10.LocatorJ._get(dialog,
                com.vaadin.flow.component.button.Button.class, spec -> spec.withClasses("confirmation-cancel")));
    }

    /** The view (not the layout) on screen now. */
    protected static Component currentView() {
        List<?> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        assertThat(chain).as("a view is shown").isNotEmpty();
        return (Component) chain.get(0);
    }
}
