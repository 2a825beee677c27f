package org.sourcebook.exchange.moodle;

import org.sourcebook.exchange.items.ItemIssue;

/** Why one question of a Moodle XML file cannot become an item; the reader turns it into an {@link ItemIssue}. */
final class QuestionNotReadable extends Exception {

    private static final long serialVersionUID = 1L;

    private final ItemIssue.Reason reason;
    private final String detail;

    QuestionNotReadable(ItemIssue.Reason reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
        this.detail = detail;
    }

    static QuestionNotReadable syntax(String detail) {
        return new QuestionNotReadable(ItemIssue.Reason.SYNTAX_ERROR, detail);
    }

    static QuestionNotReadable notImportable(String detail) {
        return new QuestionNotReadable(ItemIssue.Reason.FEATURE_NOT_IMPORTABLE, detail);
    }

    ItemIssue.Reason reason() {
        return reason;
    }

    String detail() {
        return detail;
    }
}
