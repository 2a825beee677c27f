package org.sourcebook.ui.lesson;

import java.util.Optional;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.source.DocumentId;
import org.sourcebook.content.source.DocumentVersion;

/** Where the lesson components look up what blocks refer to; empty when it is gone or not visible. */
public interface LessonSources {

    Optional<Item> item(ItemId id);

    Optional<DocumentVersion> version(DocumentId document, int version);
}
