package org.sourcebook.ui.teacher.lessons;

import java.util.Optional;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.source.DocumentId;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.item.ItemService;
import org.sourcebook.item.NoSuchItemException;
import org.sourcebook.source.DocumentService;
import org.sourcebook.source.NoSuchDocumentException;
import org.sourcebook.ui.lesson.LessonSources;

/** The signed-in teacher's own items and documents; anything else reads as missing. */
record TeacherLessonSources(ItemService items, DocumentService documents) implements LessonSources {

    @Override
    public Optional<Item> item(ItemId id) {
        try {
            return Optional.of(items.findElseThrow(id).item());
        } catch (NoSuchItemException missing) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<DocumentVersion> version(DocumentId document, int version) {
        try {
            return Optional.of(documents.findVersionElseThrow(document, version));
        } catch (NoSuchDocumentException missing) {
            return Optional.empty();
        }
    }
}
