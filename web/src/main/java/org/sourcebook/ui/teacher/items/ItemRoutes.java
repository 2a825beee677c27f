package org.sourcebook.ui.teacher.items;

import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.source.DocumentId;

/** The addresses of the item pages, for links from other views (e.g. the document reader). */
public final class ItemRoutes {

    public static final String BANK = "teacher/bank";
    public static final String EDITOR = "teacher/items/:itemId";
    public static final String DRAFTS = "teacher/documents/:documentId/drafts";
    static final String NEW = "new";

    private ItemRoutes() {}

    public static String editor(ItemId id) {
        return "teacher/items/" + id.value();
    }

    public static String drafts(DocumentId document) {
        return "teacher/documents/" + document.value() + "/drafts";
    }

    /** A new item citing characters {@code [start, end)} of {@code version} of {@code document}. */
    public static String newItemCiting(DocumentId document, int version, int start, int end) {
        return "teacher/items/new?" + QueryParameters.simple(Map.of(
                "document", document.value().toString(),
                "version", String.valueOf(version),
                "start", String.valueOf(start),
                "end", String.valueOf(end))).getQueryString();
    }
}
