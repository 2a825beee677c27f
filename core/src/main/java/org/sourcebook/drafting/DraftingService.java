package org.sourcebook.drafting;

import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.ItemKind;
import org.sourcebook.content.source.DocumentId;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.item.ItemService;
import org.sourcebook.item.StoredItem;
import org.sourcebook.lesson.LessonService;
import org.sourcebook.source.DocumentService;
import org.sourcebook.source.NoSuchDocumentException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts items and a lesson from one of the signed-in teacher's documents and stores them as
 * drafts for review. Ids come from the document version, so drafting a version again adds only
 * what is new and never touches items or a lesson the teacher has already edited.
 */
@Service
@RolesAllowed(Role.Name.TEACHER)
public class DraftingService {

    private final DocumentService documents;
    private final ItemService items;
    private final LessonService lessons;
    private final DraftingEngine engine = DraftingEngine.english();

    DraftingService(DocumentService documents, ItemService items, LessonService lessons) {
        this.documents = documents;
        this.items = items;
        this.lessons = lessons;
    }

    /**
     * Drafts from {@code version} of {@code document} and stores the new drafts.
     *
     * @throws NoSuchDocumentException if the document or version does not
     *     exist or belongs to someone else
     */
    @Transactional
    public DraftReport draftFrom(DocumentId document, int version, DraftOptions options) {
        DocumentVersion source = documents.findVersionElseThrow(document, version);
        Draft draft = engine.draft(source, options);
        Set<ItemId> existing = items.citing(document).stream().map(StoredItem::item).map(Item::id).collect(Collectors.toSet());
        List<Item> fresh = draft.items().stream().filter(item -> !existing.contains(item.id())).toList();
        items.add(fresh);
        boolean lessonAdded = lessons.myLessons().stream().noneMatch(stored -> stored.lesson().id().equals(draft.lesson().id()));
        if (lessonAdded) {
            lessons.add(draft.lesson());
        }
        Map<ItemKind, Integer> byKind = new EnumMap<>(ItemKind.class);
        fresh.forEach(item -> byKind.merge(item.kind(), 1, Integer::sum));
        return new DraftReport(draft.items().size(), fresh.size(), byKind, draft.lesson().id(), lessonAdded);
    }
}
