package org.sourcebook.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.account.Role;
import org.sourcebook.ui.KaribuTest;

/**
 * Opens every registered route as every kind of visitor and checks the outcome against the
 * route's access annotation. New routes are covered without touching this test.
 */
class AccessMatrixTest extends KaribuTest {

    enum Visitor {
        ANONYMOUS(null, null),
        ADMIN("admin", Role.ADMIN),
        TEACHER("teacher", Role.TEACHER),
        STUDENT("student", Role.STUDENT);

        final @Nullable String username;
        final @Nullable Role role;

        Visitor(@Nullable String username, @Nullable Role role) {
            this.username = username;
            this.role = role;
        }
    }

    enum Outcome {
        SHOWN,
        SENT_TO_LOGIN,
        ACCESS_DENIED
    }

    @Test
    void everyRouteLetsInExactlyTheVisitorsItsAnnotationAllows() {
        List<RouteData> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes();
        assertThat(routes).extracting(RouteData::getTemplate).contains("", "login", "admin", "teacher", "student");

        SoftAssertions softly = new SoftAssertions();
        for (RouteData route : routes) {
            for (Visitor visitor : Visitor.values()) {
                newSession();
                if (visitor.username != null) {
                    login(visitor.username);
                }
                open(sampleLocation(route.getTemplate()));
                softly.assertThat(actualOutcome(route))
                        .as("/%s as %s", route.getTemplate(), visitor)
                        .isEqualTo(expectedOutcome(route.getNavigationTarget(), visitor));
            }
        }
        softly.assertAll();
    }

    /** Views may be Spring proxies (subclasses), hence instanceof rather than class equality. */
    private static Outcome actualOutcome(RouteData route) {
        Object shown = currentView();
        if (shown instanceof AccessDeniedView) {
            return Outcome.ACCESS_DENIED;
        }
        if (shown instanceof LoginView && route.getNavigationTarget() != LoginView.class) {
            return Outcome.SENT_TO_LOGIN;
        }
        return Outcome.SHOWN;
    }

    /** What the view's single access annotation promises; no annotation means nobody. */
    static Outcome expectedOutcome(Class<?> view, Visitor visitor) {
        if (view.isAnnotationPresent(AnonymousAllowed.class)) {
            return Outcome.SHOWN;
        }
        if (visitor.role == null) {
            return Outcome.SENT_TO_LOGIN;
        }
        if (view.isAnnotationPresent(PermitAll.class)) {
            return Outcome.SHOWN;
        }
        RolesAllowed rolesAllowed = view.getAnnotation(RolesAllowed.class);
        boolean allowed = rolesAllowed != null && Set.copyOf(Arrays.asList(rolesAllowed.value())).contains(visitor.role.name());
        return allowed ? Outcome.SHOWN : Outcome.ACCESS_DENIED;
    }

    /** A concrete address for a route template: every parameter becomes "1". */
    private static String sampleLocation(String template) {
        return template.replaceAll(":[^/]+", "1");
    }
}
