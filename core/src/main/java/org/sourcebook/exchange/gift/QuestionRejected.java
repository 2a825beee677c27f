package org.sourcebook.exchange.gift;

import org.sourcebook.exchange.items.ItemIssue;

/** Thrown while reading one question that cannot become an item; the reader turns it into an issue. */
final class QuestionRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ItemIssue.Reason reason;

    QuestionRejected(ItemIssue.Reason reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    ItemIssue.Reason reason() {
        return reason;
    }

    String detail() {
        return getMessage();
    }

    static QuestionRejected syntax(String detail) {
        return new QuestionRejected(ItemIssue.Reason.SYNTAX_ERROR, detail);
    }

    static QuestionRejected notImportable(String detail) {
        return new QuestionRejected(ItemIssue.Reason.FEATURE_NOT_IMPORTABLE, detail);
    }
}
