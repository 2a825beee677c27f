package org.sourcebook.exchange;

import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.lesson.Lesson;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.content.source.DocumentId;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.Span;
import org.sourcebook.exchange.items.ExportNames;
import org.sourcebook.exchange.items.ExportSet;
import org.sourcebook.exchange.items.ExportedFile;
import org.sourcebook.exchange.items.ImportedItems;
import org.sourcebook.exchange.items.ItemFormat;
import org.sourcebook.exchange.items.ItemIssue;
import org.sourcebook.item.ItemService;
import org.sourcebook.item.StoredItem;
import org.sourcebook.lesson.LessonService;
import org.sourcebook.source.DocumentService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a teacher's items in and out of Sourcebook in the formats of {@link ItemFormat}: exports
 * of chosen items or of a lesson's items, and imports into the question bank that store everything
 * or nothing. Only the signed-in teacher's own items and lessons are reachable.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.Name.TEACHER)
public class ItemExchangeService {

    /** The largest file an import reads: far above any question bank, far below memory trouble. */
    public static final int MAX_IMPORT_BYTES = 5 * 1024 * 1024;

    private final ItemService items;
    private final LessonService lessons;
    private final DocumentService documents;
    private final BundleService bundles;
    private final BundleCodec codec;
    private final ItemFormats formats = ItemFormats.standard();

    ItemExchangeService(ItemService items, LessonService lessons, DocumentService documents, BundleService bundles,
            BundleCodec codec) {
        this.items = items;
        this.lessons = lessons;
        this.documents = documents;
        this.bundles = bundles;
        this.codec = codec;
    }

    /**
     * The chosen items in {@code format}, in the order given.
     *
     * @param name the collection's name in the file (category, deck, package title)
     * @throws org.sourcebook.item.NoSuchItemException if an item is not the teacher's
     */
    public ExportedFile exportItems(String name, List<ItemId> ids, ItemFormat format) {
        List<Item> chosen = ids.stream().map(items::findElseThrow).map(StoredItem::item).toList();
        return export(new ExportSet(name, chosen), List.of(), format);
    }

    /**
     * The lesson's cards and questions in {@code format}, in order of first use; the JSON bundle
     * also carries the lesson itself and every document it and its items cite.
     *
     * @throws org.sourcebook.lesson.NoSuchLessonException if the lesson is not the teacher's
     */
    public ExportedFile exportLesson(LessonId id, ItemFormat format) {
        Lesson lesson = lessons.findElseThrow(id).lesson();
        List<Item> used = lesson.itemIds().stream().map(items::findElseThrow).map(StoredItem::item).toList();
        return export(new ExportSet(lesson.title(), used), List.of(lesson), format);
    }

    /** What importing {@code content} would store, or why it cannot; stores nothing. */
    public ImportedItems preview(ItemFormat format, byte[] content) {
        if (content.length > MAX_IMPORT_BYTES) {
            return fileProblem("larger than " + MAX_IMPORT_BYTES / (1024 * 1024) + " MB");
        }
        if (format != ItemFormat.JSON) {
            return formats.importer(format).orElseThrow(() -> notImportable(format)).read(content);
        }
        try {
            return new ImportedItems(codec.readContent(BundleCodec.decode(content)).items(), List.of());
        } catch (BundleFormatException invalid) {
            return fileProblem(invalid.getMessage());
        }
    }

    /**
     * Stores what {@code content} holds as the teacher's: the items, and from a JSON bundle also its
     * documents and lessons. Everything is stored as a copy under new ids, so importing a file twice
     * gives two copies, as in Moodle (a lossless move with ids kept is {@link BundleService}'s). All
     * or nothing.
     *
     * @throws ItemImportException listing every problem when there is any; nothing is stored then
     */
    @Transactional
    public ItemImportReport importItems(ItemFormat format, byte[] content) {
        ImportedItems read = preview(format, content);
        if (read.hasProblems()) {
            throw new ItemImportException(read.problems());
        }
        if (format == ItemFormat.JSON) {
            BundleContent copy = FreshIds.copy(codec.readContent(BundleCodec.decode(content)));
            BundleImportReport report = bundles.importContent(copy);
            return new ItemImportReport(report.items(), report.documents(), report.lessons());
        }
        items.add(read.items());
        return new ItemImportReport(read.items().size(), 0, 0);
    }

    private ExportedFile export(ExportSet set, List<Lesson> withLessons, ItemFormat format) {
        if (format != ItemFormat.JSON) {
            return formats.exporter(format).orElseThrow(() -> new IllegalStateException("No writer for " + format))
                    .export(set);
        }
        Set<DocumentId> cited = new LinkedHashSet<>();
        withLessons.forEach(lesson -> cited.addAll(lesson.documentIds()));
        set.items().forEach(item -> item.citations().stream().map(Span::documentId).forEach(cited::add));
        List<List<DocumentVersion>> versions = cited.stream().map(documents::allVersions).toList();
        byte[] json = codec.write(new BundleContent(versions, set.items(), withLessons)).getBytes(StandardCharsets.UTF_8);
        return new ExportedFile(ExportNames.fileName(set, format), format, json, List.of());
    }

    private static ImportedItems fileProblem(String detail) {
        return new ImportedItems(List.of(), List.of(new ItemIssue(0, "", ItemIssue.Reason.FILE_NOT_READABLE, detail)));
    }

    private static IllegalArgumentException notImportable(ItemFormat format) {
        return new IllegalArgumentException("Sourcebook does not import " + format.cliName());
    }
}
