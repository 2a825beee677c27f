package org.sourcebook.exchange;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.ItemKind;
import org.sourcebook.content.lesson.Block;
import org.sourcebook.content.lesson.BlockId;
import org.sourcebook.content.lesson.FactCardDeck;
import org.sourcebook.content.lesson.Lesson;
import org.sourcebook.content.lesson.Quiz;
import org.sourcebook.content.lesson.QuizSettings;
import org.sourcebook.exchange.items.ExportedFile;
import org.sourcebook.exchange.items.ImportedItems;
import org.sourcebook.exchange.items.ItemFormat;
import org.sourcebook.exchange.items.ItemIssue;
import org.sourcebook.item.ItemService;
import org.sourcebook.item.NoSuchItemException;
import org.sourcebook.lesson.NoSuchLessonException;
import org.sourcebook.testsupport.SignedIn;
import org.sourcebook.testsupport.TestTeachers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** Exports and question-bank imports as they must work on every supported database. */
@SpringBootTest
abstract class ItemExchangeServiceContract {

    @Autowired
    ItemExchangeService exchange;

    @Autowired
    ItemService items;

    @Autowired
    BundleCodec codec;

    @Autowired
    TestTeachers teachers;

    private SignedIn teacher;

    @BeforeEach
    void signInAFreshTeacher() {
        teacher = teachers.newTeacher();
    }

    @Test
    void aLessonExportedAsABundleHoldsTheLessonItsItemsAndTheirDocumentExactlyAsImported() {
        BundleContent content = lessonUsingEveryItem();
        byte[] bundle = codec.write(content).getBytes(UTF_8);

        ItemImportReport report = teacher.get(() -> exchange.importItems(ItemFormat.JSON, bundle));
        ExportedFile exported = teacher.get(() -> exchange.exportLesson(content.lessons().get(0).id(), ItemFormat.JSON));

        assertThat(report).isEqualTo(new ItemImportReport(9, 1, 1));
        assertThat(new String(exported.content(), UTF_8)).isEqualTo(new String(bundle, UTF_8));
        assertThat(exported.fileName()).isEqualTo("town.sourcebook.json");
        assertThat(exported.skipped()).isEmpty();
    }

    @Test
    void chosenItemsExportInTheOrderGivenWithTheDocumentsTheyCite() {
        BundleContent content = lessonUsingEveryItem();
        teacher.run(() -> exchange.importItems(ItemFormat.JSON, codec.write(content).getBytes(UTF_8)));
        List<Item> chosen = List.of(content.items().get(3), content.items().get(1));

        ExportedFile exported = teacher.get(() -> exchange.exportItems("Two of mine", chosen.stream().map(Item::id).toList(),
                ItemFormat.JSON));

        BundleContent read = codec.readContent(new String(exported.content(), UTF_8));
        assertThat(read.items()).containsExactlyInAnyOrderElementsOf(chosen);
        assertThat(read.documents()).singleElement().satisfies(versions -> assertThat(versions).hasSize(2));
        assertThat(read.lessons()).isEmpty();
        assertThat(exported.fileName()).isEqualTo("two-of-mine.sourcebook.json");
    }

    @Test
    void aFileThatIsNotABundleIsReportedAndImportsNothing() {
        byte[] notJson = "::Q1:: What? {=this}".getBytes(UTF_8);

        ImportedItems preview = teacher.get(() -> exchange.preview(ItemFormat.JSON, notJson));

        assertThat(preview.items()).isEmpty();
        assertThat(preview.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.reason()).isEqualTo(ItemIssue.Reason.FILE_NOT_READABLE);
            assertThat(problem.detail()).startsWith("The file is not valid JSON");
        });
        assertThatThrownBy(() -> teacher.run(() -> exchange.importItems(ItemFormat.JSON, notJson)))
                .isInstanceOf(ItemImportException.class);
        assertThat(teacher.get(items::myItems)).isEmpty();
    }

    @Test
    void aBundleWhoseItemsAreAlreadyHereIsRefusedAsAWholeWithTheReason() {
        byte[] bundle = codec.write(lessonUsingEveryItem()).getBytes(UTF_8);
        teachers.newTeacher().run(() -> exchange.importItems(ItemFormat.JSON, bundle));

        assertThatThrownBy(() -> teacher.run(() -> exchange.importItems(ItemFormat.JSON, bundle)))
                .isInstanceOfSatisfying(ItemImportException.class, refused -> assertThat(refused.problems())
                        .singleElement().satisfies(problem -> assertThat(problem.detail()).endsWith("is already on this server")));
        assertThat(teacher.get(items::myItems)).isEmpty();
    }

    @Test
    void filesLargerThanTheLimitAndFilesThatAreNotUtf8AreRefusedBeforeParsing() {
        byte[] huge = new byte[ItemExchangeService.MAX_IMPORT_BYTES + 1];
        byte[] latin1 = "{\"format\": \"Xocal\u0131 \u00e7\"}".getBytes(ISO_8859_1);

        assertThat(teacher.get(() -> exchange.preview(ItemFormat.JSON, huge)).problems())
                .extracting(ItemIssue::detail).containsExactly("larger than 5 MB");
        assertThat(teacher.get(() -> exchange.preview(ItemFormat.JSON, latin1)).problems())
                .extracting(ItemIssue::detail).containsExactly("The file is not UTF-8 text");
    }

    @Test
    void anotherTeachersItemsAndLessonsCannotBeExported() {
        BundleContent content = lessonUsingEveryItem();
        teachers.newTeacher().run(() -> exchange.importItems(ItemFormat.JSON, codec.write(content).getBytes(UTF_8)));

        assertThatThrownBy(() -> teacher.run(() -> exchange.exportItems("x", List.of(content.items().get(0).id()),
                ItemFormat.JSON))).isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> teacher.run(() -> exchange.exportLesson(content.lessons().get(0).id(), ItemFormat.JSON)))
                .isInstanceOf(NoSuchLessonException.class);
    }

    @Test
    void studentsCannotExportOrImport() {
        SignedIn student = teachers.newStudent();

        assertThatThrownBy(() -> student.run(() -> exchange.preview(ItemFormat.JSON, new byte[0])))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> student.run(() -> exchange.exportItems("x", List.of(), ItemFormat.GIFT)))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** The sample document and items, with a lesson whose deck holds the card and whose quiz holds every question. */
    static BundleContent lessonUsingEveryItem() {
        BundleContent sample = BundleServiceContract.sampleContent();
        List<Item> all = sample.items();
        Item card = all.stream().filter(item -> item.kind() == ItemKind.FACT_CARD).findFirst().orElseThrow();
        List<ItemId> questions = all.stream().filter(item -> item != card).map(Item::id).toList();
        Lesson lesson = sample.lessons().get(0);
        List<Block> blocks = new ArrayList<>(lesson.blocks());
        blocks.add(new FactCardDeck(BlockId.random(), List.of(card.id())));
        blocks.add(new Quiz(BlockId.random(), questions, QuizSettings.DEFAULTS));
        return new BundleContent(sample.documents(), all, List.of(lesson.withBlocks(blocks)));
    }
}
