package org.sourcebook.drafting;

import java.util.List;
import java.util.Objects;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.lesson.Lesson;
import org.sourcebook.content.source.DocumentVersion;

/**
 * What the drafting engine made from one document version: items ranked best first (all with
 * status DRAFT, each citing {@code source}) and a lesson draft that uses some of them.
 */
public record Draft(DocumentVersion source, List<Item> items, Lesson lesson) {

    /** The tag of items that ask about the document as a source (purpose, point of view, sources) rather than what it says. */
    public static final String SOURCE_ANALYSIS_TAG = "source-analysis";

    public Draft {
        Objects.requireNonNull(source, "a draft needs its source");
        Objects.requireNonNull(lesson, "a draft needs a lesson");
        items = List.copyOf(items);
    }
}
