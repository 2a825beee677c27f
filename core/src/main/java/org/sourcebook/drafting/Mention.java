package org.sourcebook.drafting;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.source.TextRange;

/**
 * Something in a sentence a question can ask about.
 *
 * @param range where it stands in the document text
 * @param text the text at {@code range}
 * @param counted for a number, what it counts or measures ("civilians", "km", "%"); else ""
 * @param clause for a number, what it counts with the verb that follows, so a question can ask
 *     "how many {clause}?" ("people from Khojaly remain missing"); "" when the sentence is not
 *     shaped like that
 * @param value for a number or year, its value; else null
 * @param date for a date or year, its key; else null
 * @param ordinal true for "366th" and the like (asked as a cloze only)
 */
public record Mention(
        MentionKind kind,
        TextRange range,
        String text,
        String counted,
        String clause,
        @Nullable BigDecimal value,
        @Nullable DateKey date,
        boolean ordinal) {

    public Mention {
        Objects.requireNonNull(kind, "a mention needs a kind");
        Objects.requireNonNull(text, "a mention needs its text");
        Objects.requireNonNull(counted, "counted must not be null (use an empty text)");
        Objects.requireNonNull(clause, "clause must not be null (use an empty text)");
    }

    public static Mention name(MentionKind kind, TextRange range, String text) {
        return new Mention(kind, range, text, "", "", null, null, false);
    }

    public Mention withKind(MentionKind newKind) {
        return new Mention(newKind, range, text, counted, clause, value, date, ordinal);
    }

    public Mention withClause(String newClause) {
        return new Mention(kind, range, text, counted, newClause, value, date, ordinal);
    }

    public int start() {
        return range.start();
    }

    public int end() {
        return range.end();
    }
}
