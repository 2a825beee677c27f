package org.sourcebook.ui.admin;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sourcebook.content.account.Role;
import org.sourcebook.ui.base.HomeRoutes;
import org.sourcebook.ui.base.RoleHomeView;

/** Where a admin lands after signing in. */
@Route(HomeRoutes.ADMIN)
@Menu(order = 30, icon = "vaadin:cog", title = "nav.admin.home")
@RolesAllowed(Role.Name.ADMIN)
public class AdminHomeView extends RoleHomeView {

    AdminHomeView() {
        super("admin", 3);
    }
}
