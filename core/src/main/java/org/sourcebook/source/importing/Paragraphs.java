package org.sourcebook.source.importing;

import java.util.ArrayList;
import java.util.List;

/** Collects paragraphs as an extractor walks a document; blank ones are dropped. */
final class Paragraphs {

    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();

    /** Adds to the paragraph being collected. */
    Paragraphs append(CharSequence text) {
        current.append(text);
        return this;
    }

    /** The paragraph being collected so far. */
    CharSequence current() {
        return current;
    }

    /** Ends the paragraph being collected, if it holds anything but whitespace. */
    Paragraphs end() {
        add(current.toString());
        current.setLength(0);
        return this;
    }

    /** Adds a whole paragraph. */
    Paragraphs add(String paragraph) {
        String stripped = paragraph.strip();
        if (!stripped.isEmpty()) {
            paragraphs.add(stripped);
        }
        return this;
    }

    List<String> list() {
        return List.copyOf(paragraphs);
    }

    /** The paragraphs, separated by blank lines. */
    String text() {
        end();
        return String.join("\n\n", paragraphs);
    }
}
