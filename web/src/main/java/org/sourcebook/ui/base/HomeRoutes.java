package org.sourcebook.ui.base;

import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.sourcebook.content.account.Role;

/**
 * Where each role's home is, and which home a person with several roles lands on: teacher first
 * (the daily work), then student, then admin.
 */
public final class HomeRoutes {

    public static final String ADMIN = "admin";
    public static final String TEACHER = "teacher";
    public static final String STUDENT = "student";

    private static final Map<Role, String> BY_ROLE = Map.of(Role.ADMIN, ADMIN, Role.TEACHER, TEACHER, Role.STUDENT, STUDENT);
    private static final Role[] LANDING_ORDER = {Role.TEACHER, Role.STUDENT, Role.ADMIN};

    private HomeRoutes() {}

    /** The home route of the first role, in landing order, that {@code hasRole} accepts. */
    public static Optional<String> landingFor(Predicate<Role> hasRole) {
        for (Role role : LANDING_ORDER) {
            if (hasRole.test(role)) {
                return Optional.of(BY_ROLE.get(role));
            }
        }
        return Optional.empty();
    }
}
