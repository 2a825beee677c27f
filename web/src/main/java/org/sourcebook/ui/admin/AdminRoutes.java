package org.sourcebook.ui.admin;

/** Routes of the admin pages. */
public final class AdminRoutes {

    public static final String USERS = "admin/users";
    public static final String IMPORT = "admin/users/import";
    public static final String AUDIT = "admin/audit";

    private AdminRoutes() {}
}
