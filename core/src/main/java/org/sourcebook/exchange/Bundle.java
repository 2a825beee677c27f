package org.sourcebook.exchange;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The whole bundle as written to JSON: a format name and version first, then documents, items and
 * lessons. Items and lessons are in their stored JSON form (see ItemJson, LessonJson). See
 * docs/bundle-format.md.
 */
public record Bundle(
        String format, int formatVersion, List<BundleDocument> documents, List<ObjectNode> items, List<ObjectNode> lessons) {

    public static final String FORMAT = "sourcebook-bundle";
    public static final int FORMAT_VERSION = 1;

    public Bundle {
        documents = List.copyOf(documents);
        items = List.copyOf(items);
        lessons = List.copyOf(lessons);
    }

    public static Bundle of(List<BundleDocument> documents, List<ObjectNode> items, List<ObjectNode> lessons) {
        return new Bundle(FORMAT, FORMAT_VERSION, documents, items, lessons);
    }
}
