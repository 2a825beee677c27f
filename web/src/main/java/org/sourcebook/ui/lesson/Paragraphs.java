package org.sourcebook.ui.lesson;

import java.util.List;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.TextRange;

/** Paragraph numbers as readers count them, for citations shown to students ("¶3", "See paragraph 3"). */
public final class Paragraphs {

    private Paragraphs() {}

    /** The number (from 1) of the paragraph of {@code version} that holds character {@code offset}. */
    public static int numberAt(DocumentVersion version, int offset) {
        List<TextRange> paragraphs = version.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).end() > offset) {
                return i + 1;
            }
        }
        return 1;
    }
}
