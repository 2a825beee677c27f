package org.sourcebook.ui.teacher;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sourcebook.content.account.Role;
import org.sourcebook.ui.base.HomeRoutes;
import org.sourcebook.ui.base.RoleHomeView;

/** Where a teacher lands after signing in. */
@Route(HomeRoutes.TEACHER)
@Menu(order = 10, icon = "vaadin:academy-cap", title = "nav.teacher.home")
@RolesAllowed(Role.Name.TEACHER)
public class TeacherHomeView extends RoleHomeView {

    TeacherHomeView() {
        super("teacher", 4);
    }
}
