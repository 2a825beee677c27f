package org.sourcebook.exchange;

import jakarta.annotation.security.RolesAllowed;
import org.sourcebook.content.account.Role;
import org.sourcebook.item.ItemService;
import org.sourcebook.item.StoredItem;
import org.sourcebook.lesson.LessonService;
import org.sourcebook.lesson.StoredLesson;
import org.sourcebook.source.DocumentService;
import org.sourcebook.source.DocumentSummary;
import org.sourcebook.source.StoredFile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Export and import of a teacher's whole collection as one bundle. Import is all or nothing: the
 * bundle is read and checked completely, then stored in one transaction; any error stores nothing.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.Name.TEACHER)
public class BundleService {

    private static final StoredFile FROM_BUNDLE = new StoredFile(null, "BUNDLE", 0);

    private final DocumentService documents;
    private final ItemService items;
    private final LessonService lessons;
    private final BundleCodec codec;

    BundleService(DocumentService documents, ItemService items, LessonService lessons, BundleCodec codec) {
        this.documents = documents;
        this.items = items;
        this.lessons = lessons;
        this.codec = codec;
    }

    /** Every document (all versions), item and lesson of the signed-in teacher. */
    public String exportMine() {
        var content = new BundleContent(
                documents.myDocuments().stream().map(DocumentSummary::id).map(documents::allVersions).toList(),
                items.myItems().stream().map(StoredItem::item).toList(),
                lessons.myLessons().stream().map(StoredLesson::lesson).toList());
        return codec.write(content.toBundle());
    }

    /**
     * Stores everything in the bundle as the signed-in teacher's, keeping ids.
     *
     * @throws BundleFormatException if the bundle is not valid or holds something already here;
     *     nothing is stored then
     */
    @Transactional(rollbackFor = BundleFormatException.class)
    public BundleImportReport importBundle(String text) {
        return importContent(BundleContent.of(codec.read(text)));
    }

    /**
     * Stores checked bundle content as the signed-in teacher's, keeping its ids.
     *
     * @throws BundleFormatException if something in it is already here; nothing is stored then
     */
    @Transactional(rollbackFor = BundleFormatException.class)
    public BundleImportReport importContent(BundleContent content) {
        try {
            content.documents().forEach(versions -> documents.importVersions(versions, FROM_BUNDLE));
            items.add(content.items());
            content.lessons().forEach(lessons::add);
        } catch (IllegalArgumentException conflict) {
            throw new BundleFormatException(conflict.getMessage(), conflict);
        }
        return new BundleImportReport(content.documents().size(), content.items().size(), content.lessons().size());
    }
}
