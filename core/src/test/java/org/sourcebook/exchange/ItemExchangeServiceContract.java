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
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.lesson.Block;
import org.sourcebook.content.lesson.BlockId;
import org.sourcebook.content.lesson.FactCardDeck;
import org.sourcebook.content.lesson.Lesson;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.content.lesson.Quiz;
import org.sourcebook.content.lesson.QuizSettings;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.exchange.items.ExportedFile;
import org.sourcebook.exchange.items.ImportedItems;
import org.sourcebook.exchange.items.ItemFormat;
import org.sourcebook.exchange.items.ItemIssue;
import org.sourcebook.item.ItemService;
import org.sourcebook.item.NoSuchItemException;
import org.sourcebook.item.StoredItem;
import org.sourcebook.lesson.LessonService;
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
    LessonService lessons;

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
    void aBundleImportsAsACopyThatTheLessonExportGivesBackUnderItsNewIds() {
        BundleContent content = lessonUsingEveryItem();
        byte[] bundle = codec.write(content).getBytes(UTF_8);

        ItemImportReport report = teacher.get(() -> exchange.importItems(ItemFormat.JSON, bundle));
        Lesson imported = teacher.get(lessons::myLessons).get(0).lesson();
        ExportedFile exported = teacher.get(() -> exchange.exportLesson(imported.id(), ItemFormat.JSON));

        assertThat(report).isEqualTo(new ItemImportReport(9, 1, 1));
        BundleContent copy = codec.readContent(new String(exported.content(), UTF_8));
        assertThat(copy.lessons()).singleElement().satisfies(lesson -> {
            assertThat(lesson.id()).isNotEqualTo(content.lessons().get(0).id());
            assertThat(lesson.title()).isEqualTo("Town");
            assertThat(lesson.itemIds()).hasSize(9).containsExactlyInAnyOrderElementsOf(
                    copy.items().stream().map(Item::id).toList());
        });
        assertThat(copy.items()).extracting(Item::canonicalAnswer)
                .containsExactlyInAnyOrderElementsOf(content.items().stream().map(Item::canonicalAnswer).toList());
        assertThat(copy.items()).extracting(Item::id).doesNotContainAnyElementsOf(content.items().stream().map(Item::id).toList());
        assertThat(copy.documents()).singleElement().satisfies(versions -> {
            assertThat(versions).extracting(DocumentVersion::text)
                    .containsExactlyElementsOf(content.documents().get(0).stream().map(DocumentVersion::text).toList());
            assertThat(versions.get(0).documentId()).isNotEqualTo(content.documents().get(0).get(0).documentId());
        });
        assertThat(exported.fileName()).isEqualTo("town.sourcebook.json");
    }

    @Test
    void importingTheSameBundleTwiceGivesTwoCopies() {
        byte[] bundle = codec.write(lessonUsingEveryItem()).getBytes(UTF_8);
        teachers.newTeacher().run(() -> exchange.importItems(ItemFormat.JSON, bundle));

        teacher.run(() -> exchange.importItems(ItemFormat.JSON, bundle));
        teacher.run(() -> exchange.importItems(ItemFormat.JSON, bundle));

        assertThat(teacher.get(items::myItems)).hasSize(18);
        assertThat(teacher.get(lessons::myLessons)).hasSize(2);
    }

    @Test
    void chosenItemsExportWithTheDocumentsTheyCiteAndNoLesson() {
        teacher.run(() -> exchange.importItems(ItemFormat.JSON, codec.write(lessonUsingEveryItem()).getBytes(UTF_8)));
        List<Item> mine = teacher.get(items::myItems).stream().map(StoredItem::item).toList();
        List<Item> chosen = List.of(mine.get(3), mine.get(1));

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
    void giftQuestionsImportAsAcceptedItemsOfTheTeacher() {
        byte[] gift = """
                // [tag:xocalı]
                ::Town::According to the source, which town? {=Xocalı ~Şuşa ~Ağdam}

                ::Year::In which year, according to the source? {#1992}
                """.getBytes(UTF_8);

        ItemImportReport report = teacher.get(() -> exchange.importItems(ItemFormat.GIFT, gift));

        assertThat(report).isEqualTo(new ItemImportReport(2, 0, 0));
        assertThat(teacher.get(items::myItems)).extracting(stored -> stored.item().kind())
                .containsExactlyInAnyOrder(ItemKind.SINGLE_CHOICE, ItemKind.NUMERIC);
        assertThat(teacher.get(items::myItems)).allSatisfy(stored -> {
            assertThat(stored.item().status()).isEqualTo(ItemStatus.ACCEPTED);
            assertThat(stored.item().isValid()).isTrue();
        });
    }

    @Test
    void oneBadGiftQuestionImportsNothingAndIsNamed() {
        byte[] gift = """
                ::Town::According to the source, which town? {=Xocalı ~Şuşa}

                ::Essay::Why did the source say so? {}
                """.getBytes(UTF_8);

        assertThatThrownBy(() -> teacher.run(() -> exchange.importItems(ItemFormat.GIFT, gift)))
                .isInstanceOfSatisfying(ItemImportException.class, refused -> assertThat(refused.problems())
                        .singleElement().satisfies(problem -> {
                            assertThat(problem.position()).isEqualTo(2);
                            assertThat(problem.label()).isEqualTo("Essay");
                            assertThat(problem.reason()).isEqualTo(ItemIssue.Reason.QUESTION_TYPE_NOT_SUPPORTED);
                        }));
        assertThat(teacher.get(items::myItems)).isEmpty();
    }

    @Test
    void aLessonExportedAsGiftListsWhatGiftCannotCarry() {
        teacher.run(() -> exchange.importItems(ItemFormat.JSON, codec.write(lessonUsingEveryItem()).getBytes(UTF_8)));
        LessonId lesson = teacher.get(lessons::myLessons).get(0).lesson().id();

        ExportedFile gift = teacher.get(() -> exchange.exportLesson(lesson, ItemFormat.GIFT));

        assertThat(gift.fileName()).isEqualTo("town.gift.txt");
        assertThat(new String(gift.content(), UTF_8)).startsWith("$CATEGORY: Town");
        assertThat(gift.skipped()).extracting(ItemIssue::reason).contains(ItemIssue.Reason.KIND_NOT_SUPPORTED);
        assertThat(gift.skipped()).extracting(ItemIssue::position).doesNotHaveDuplicates().allMatch(position -> position >= 1);
    }

    @Test
    void aLessonExportedAsMoodleXmlImportsBackAsTheSameQuestions() {
        teacher.run(() -> exchange.importItems(ItemFormat.JSON, codec.write(lessonUsingEveryItem()).getBytes(UTF_8)));
        LessonId lesson = teacher.get(lessons::myLessons).get(0).lesson().id();
        ExportedFile moodle = teacher.get(() -> exchange.exportLesson(lesson, ItemFormat.MOODLE_XML));
        SignedIn colleague = teachers.newTeacher();

        ItemImportReport report = colleague.get(() -> exchange.importItems(ItemFormat.MOODLE_XML, moodle.content()));

        List<Item> original = teacher.get(items::myItems).stream().map(StoredItem::item)
                .filter(item -> item.kind() != ItemKind.FACT_CARD).toList();
        assertThat(moodle.skipped()).extracting(ItemIssue::reason).containsExactly(ItemIssue.Reason.KIND_NOT_SUPPORTED);
        assertThat(report.items()).isEqualTo(original.size());
        assertThat(colleague.get(items::myItems)).extracting(stored -> stored.item().canonicalAnswer())
                .containsExactlyInAnyOrderElementsOf(original.stream().map(Item::canonicalAnswer).toList());
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
        SignedIn colleague = teachers.newTeacher();
        colleague.run(() -> exchange.importItems(ItemFormat.JSON, codec.write(lessonUsingEveryItem()).getBytes(UTF_8)));
        ItemId theirItem = colleague.get(items::myItems).get(0).item().id();
        LessonId theirLesson = colleague.get(lessons::myLessons).get(0).lesson().id();

        assertThatThrownBy(() -> teacher.run(() -> exchange.exportItems("x", List.of(theirItem), ItemFormat.JSON)))
                .isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> teacher.run(() -> exchange.exportLesson(theirLesson, ItemFormat.JSON)))
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
