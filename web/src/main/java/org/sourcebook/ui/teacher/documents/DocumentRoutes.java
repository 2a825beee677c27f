package org.sourcebook.ui.teacher.documents;

import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.source.DocumentId;
import org.sourcebook.content.source.TextRange;

/** Addresses of the document pages, and of the item pages they link to (built elsewhere). */
final class DocumentRoutes {

    static final String LIBRARY = "teacher/documents";
    static final String UPLOAD = "teacher/documents/upload";

    private DocumentRoutes() {}

    static String reader(DocumentId id) {
        return LIBRARY + "/" + id.value();
    }

    static String reader(DocumentId id, int version) {
        return reader(id) + "?version=" + version;
    }

    static String drafts(DocumentId id) {
        return reader(id) + "/drafts";
    }

    static String item(ItemId id) {
        return "teacher/items/" + id.value();
    }

    /** The item editor, starting a new item that cites {@code range} of the given version. */
    static String newItemCiting(DocumentId id, int version, TextRange range) {
        return "teacher/items/new?document=" + id.value() + "&version=" + version + "&start=" + range.start()
                + "&end=" + range.end();
    }
}
