package org.sourcebook.ui.student;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sourcebook.content.account.Role;
import org.sourcebook.ui.base.HomeRoutes;
import org.sourcebook.ui.base.RoleHomeView;

/** Where a student lands after signing in. */
@Route(HomeRoutes.STUDENT)
@Menu(order = 20, icon = "vaadin:book", title = "nav.student.home")
@RolesAllowed(Role.Name.STUDENT)
public class StudentHomeView extends RoleHomeView {

    StudentHomeView() {
        super("student", 4);
    }
}
