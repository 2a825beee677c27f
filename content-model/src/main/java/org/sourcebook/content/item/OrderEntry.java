package org.sourcebook.content.item;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entry of an ordering question.
 *
 * @param date for a timeline, the entry's date as written in the source ("26 February 1992",
 *     "1613"); null otherwise. Shown only in feedback, since it would give the order away.
 */
public record OrderEntry(OptionId id, String text, @Nullable String date) {

    public OrderEntry {
        Objects.requireNonNull(id, "an entry needs an id");
        Objects.requireNonNull(text, "entry text must not be null (use an empty text)");
        date = date == null || date.isBlank() ? null : date.strip();
    }

    public static OrderEntry of(String id, String text) {
        return new OrderEntry(OptionId.of(id), text, null);
    }

    public static OrderEntry dated(String id, String date, String text) {
        return new OrderEntry(OptionId.of(id), text, date);
    }
}
