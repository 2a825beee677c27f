package org.sourcebook.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.lesson.Lesson;
import org.sourcebook.content.source.DocumentMetadata;
import org.sourcebook.drafting.DraftOptions;
import org.sourcebook.drafting.DraftReport;
import org.sourcebook.drafting.DraftingService;
import org.sourcebook.item.ItemService;
import org.sourcebook.item.StoredItem;
import org.sourcebook.lesson.LessonService;
import org.sourcebook.source.DocumentService;
import org.sourcebook.source.DocumentSummary;
import org.sourcebook.source.StoredFile;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo document and a lesson built from its drafts, for a newcomer to see at once. Under the
 * {@code demo} profile the first start imports the statement as the demo teacher's, drafts from
 * it, curates the drafted lesson as a history teacher would ({@link DemoLessonCuration}: the
 * hand-written parts come from {@code demo/khojaly-lesson.properties}), accepts the items the
 * lesson uses (the review a teacher would do) and publishes it. A teacher who already
 * has documents is left alone, so restarts keep whatever the demo users changed.
 */
@Component
@Profile("demo")
@Order(1)
public class DemoContent implements ApplicationRunner {

    static final String TEACHER = "teacher";
    private static final String RESOURCE = "demo/khojaly-29th-anniversary";
    private static final String RESOURCE_LESSON = "demo/khojaly-lesson.properties";
    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

    private final DocumentService documents;
    private final DraftingService drafting;
    private final ItemService items;
    private final LessonService lessons;

    DemoContent(DocumentService documents, DraftingService drafting, ItemService items, LessonService lessons) {
        this.documents = documents;
        this.drafting = drafting;
        this.items = items;
        this.lessons = lessons;
    }

    @Override
    public void run(ApplicationArguments args) {
        DemoClass.as(TEACHER, Role.TEACHER, () -> {
            if (documents.myDocuments().isEmpty()) {
                createDemoLesson();
            }
            return null;
        });
    }

    private void createDemoLesson() {
        String text = read(RESOURCE + ".txt");
        DocumentMetadata metadata = metadata(read(RESOURCE + ".properties"));
        DocumentSummary document = documents.importText(text, metadata,
                new StoredFile("khojaly-29th-anniversary.txt", "TXT", text.getBytes(StandardCharsets.UTF_8).length));
        DraftReport report = drafting.draftFrom(document.id(), 1, DraftOptions.DEFAULTS);
        var drafted = lessons.findElseThrow(report.lesson());
        List<Item> draftedItems = items.citing(document.id()).stream().map(StoredItem::item).toList();
        var curation = new DemoLessonCuration(properties(read(RESOURCE_LESSON)), documents.findVersionElseThrow(document.id(), 1));
        DemoLessonCuration.Curated curated = curation.curate(drafted.lesson(), draftedItems);
        items.add(curated.added());
        Lesson lesson = lessons.update(curated.lesson(), drafted.version()).lesson();
        acceptItemsOf(lesson.itemIds());
        lessons.publish(lesson.id(), lessons.findElseThrow(lesson.id()).version());
        log.info("Imported the demo document and published the demo lesson \"{}\" ({} drafts, {} hand-written items)", lesson.title(),
                report.added(), curated.added().size());
    }

    private void acceptItemsOf(Set<ItemId> used) {
        for (StoredItem stored : items.myItems()) {
            Item item = stored.item();
            if (used.contains(item.id())) {
                items.update(item.withInfo(item.info().withStatus(ItemStatus.ACCEPTED)), stored.version());
            }
        }
    }

    private static Properties properties(String text) {
        Properties values = new Properties();
        try {
            values.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }

    private static DocumentMetadata metadata(String properties) {
        Properties values = properties(properties);
        return new DocumentMetadata(values.getProperty("title"), values.getProperty("author"), values.getProperty("publisher"),
                values.getProperty("date"), values.getProperty("address"), values.getProperty("licence"),
                values.getProperty("notes"));
    }

    private static String read(String resource) {
        try (InputStream in = DemoContent.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The demo resource " + resource + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
