package org.sourcebook.account;

/**
 * An import file refused as a whole; bundle keys are {@code admin.import.file.<REASON>} with
 * {@code detail} as argument {0}.
 */
public class ImportFileException extends RuntimeException {

    public enum Reason {
        TOO_LARGE,
        TOO_MANY_ROWS,
        EMPTY,
        MISSING_COLUMN,
        UNKNOWN_COLUMN,
        DUPLICATE_COLUMN,
        UNREADABLE,
        NOTHING_TO_IMPORT,
        CHANGED_SINCE_PREVIEW
    }

    private final Reason reason;
    private final String detail;

    public ImportFileException(Reason reason, String detail) {
        super(reason + (detail.isEmpty() ? "" : ": " + detail));
        this.reason = reason;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    public String detail() {
        return detail;
    }
}
