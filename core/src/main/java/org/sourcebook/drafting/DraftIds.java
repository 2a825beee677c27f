package org.sourcebook.drafting;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.lesson.BlockId;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.content.source.DocumentVersion;

/**
 * Ids derived from the document version and a key, so drafting the same version twice gives the
 * same ids: drafting again finds what is already stored instead of adding copies.
 */
final class DraftIds {

    private final String prefix;

    DraftIds(DocumentVersion version) {
        this.prefix = "sourcebook-draft:" + version.documentId() + ":" + version.version() + ":";
    }

    ItemId item(String key) {
        return new ItemId(uuid("item:" + key));
    }

    LessonId lesson() {
        return new LessonId(uuid("lesson"));
    }

    BlockId block(String key) {
        return new BlockId(uuid("block:" + key));
    }

    private UUID uuid(String key) {
        return UUID.nameUUIDFromBytes((prefix + key).getBytes(StandardCharsets.UTF_8));
    }
}
