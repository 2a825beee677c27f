package org.sourcebook.ui.base;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The start page: sends each signed-in person on to their home (see {@link HomeRoutes}). */
@Route(value = "", autoLayout = false)
@PermitAll
public class RootView extends Div implements BeforeEnterObserver {

    private final AuthenticationContext authentication;

    RootView(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        HomeRoutes.landingFor(role -> authentication.hasRole(role.name()))
                .ifPresentOrElse(event::forwardTo, () -> event.rerouteToError(AccessDeniedException.class));
    }
}
