package org.sourcebook.content.lesson;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.source.Span;

/**
 * One event on a timeline.
 *
 * @param date the date as the source gives it ("26 February 1992", "1613"), since historical
 *     dates are often partial
 * @param citation where the source states it; null only for an entry a teacher added from elsewhere
 */
public record TimelineEntry(String date, String text, @Nullable Span citation) {

    public TimelineEntry {
        Objects.requireNonNull(date, "date must not be null (use an empty text)");
        Objects.requireNonNull(text, "text must not be null (use an empty text)");
    }
}
