package org.sourcebook.classes;

/** A change to a class that its rules refuse; {@link #reason()} says which rule, for a translated message. */
public class ClassRefusedException extends RuntimeException {

    /** The rule that refused the change. */
    public enum Reason {
        /** The name is blank or longer than {@link ClassService#NAME_MAX} characters. */
        NAME_INVALID,
        /** A class with assignments is not deleted: its students would lose their lessons. */
        HAS_ASSIGNMENTS,
        /** The due date is not after the opening date. */
        DUE_BEFORE_OPENS,
        /** Only a published lesson of one's own can be assigned. */
        LESSON_NOT_PUBLISHED,
        /** The lesson is already assigned to the class. */
        ALREADY_ASSIGNED,
        /** An account to enrol is not an (enabled) student. */
        NOT_A_STUDENT,
        /** The class list is not CSV with a {@code username} column. */
        CSV_INVALID
    }

    private final Reason reason;

    public ClassRefusedException(Reason reason) {
        super("Refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
