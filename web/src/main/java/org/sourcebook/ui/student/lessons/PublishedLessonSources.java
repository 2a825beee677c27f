package org.sourcebook.ui.student.lessons;

import java.util.Optional;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.source.DocumentId;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.lesson.PublishedLesson;
import org.sourcebook.ui.lesson.LessonSources;

/** What a published lesson refers to, as the student received it with the lesson; nothing else. */
record PublishedLessonSources(PublishedLesson lesson) implements LessonSources {

    @Override
    public Optional<Item> item(ItemId id) {
        return lesson.item(id);
    }

    @Override
    public Optional<DocumentVersion> version(DocumentId document, int version) {
        return lesson.version(document, version);
    }
}
