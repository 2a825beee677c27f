package org.sourcebook.content.account;

/**
 * What a person may do in Sourcebook. A person may hold several roles.
 *
 * <p>Access annotations need compile-time constants, so each role's name is also available as a
 * string in {@link Name}, e.g. {@code @RolesAllowed(Role.Name.TEACHER)}.
 */
public enum Role {
    /** Manages accounts and reads the audit log. */
    ADMIN,
    /** Imports documents, reviews drafts, builds and assigns lessons, reads results. */
    TEACHER,
    /** Works through assigned lessons, quizzes and fact-card reviews. */
    STUDENT;

    /** The Spring Security authority for this role, e.g. {@code ROLE_TEACHER}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Role names as constants for annotations; each equals the matching {@link Role#name()}. */
    public static final class Name {
        public static final String ADMIN = "ADMIN";
        public static final String TEACHER = "TEACHER";
        public static final String STUDENT = "STUDENT";

        private Name() {}
    }
}
