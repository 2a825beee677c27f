package org.sourcebook.exchange.items;

import java.util.Objects;

/**
 * Why one item could not be exported or imported. The web app shows it through the bundle key
 * {@code exchange.issue.<REASON>} with the position as {0}, the label as {1} and the detail as {2}.
 *
 * @param position the item's place in the export set or the file, from 1; 0 for the whole file
 * @param label the question's title or name where the format has one, else the start of its text
 *     (at most 60 characters); empty for the whole file
 * @param detail what the reason needs to be specific: the item kind, the format's question type,
 *     the expected syntax, the invalid field; may be empty
 */
public record ItemIssue(int position, String label, Reason reason, String detail) {

    public enum Reason {
        /** Export: the format has no question type for this item kind (detail: the kind). */
        KIND_NOT_SUPPORTED,
        /** Export: the item uses something the format cannot express (detail: what, in English). */
        FEATURE_NOT_SUPPORTED,
        /** Import: the file is not of the format at all, or empty (detail: what was wrong). */
        FILE_NOT_READABLE,
        /** Import: the question's text breaks the format's syntax (detail: what was expected, near what). */
        SYNTAX_ERROR,
        /** Import: a question type Sourcebook has no kind for (detail: the type's name in the format). */
        QUESTION_TYPE_NOT_SUPPORTED,
        /** Import: a setting Sourcebook cannot keep, e.g. partial credit on one answer (detail: which). */
        FEATURE_NOT_IMPORTABLE,
        /** Import: read, but not a valid item, e.g. no correct answer (detail: the item's problems). */
        INVALID_QUESTION
    }

    public ItemIssue {
        Objects.requireNonNull(label, "an issue needs a label (use an empty text)");
        Objects.requireNonNull(reason, "an issue needs a reason");
        Objects.requireNonNull(detail, "an issue needs a detail (use an empty text)");
        label = shorten(label.strip().replaceAll("\\s+", " "));
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }
}
