package org.sourcebook.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.lesson.BlockKind;
import org.sourcebook.item.ItemService;
import org.sourcebook.item.StoredItem;
import org.sourcebook.lesson.LessonService;
import org.sourcebook.lesson.LessonStatus;
import org.sourcebook.lesson.StoredLesson;
import org.sourcebook.source.DocumentService;
import org.sourcebook.ui.KaribuTest;

/** Under the {@code demo} profile the demo teacher starts with the demo document, its drafts and a published lesson. */
class DemoContentTest extends KaribuTest {

    @Test
    void theDemoTeacherHasTheStatementItsDraftsAndALessonBuiltFromThem() {
        login("teacher");
        var documents = context.getBean(DocumentService.class);
        var items = context.getBean(ItemService.class);
        var lessons = context.getBean(LessonService.class);

        assertThat(documents.myDocuments()).extracting(summary -> summary.title())
                .contains("29th anniversary of the Khojaly massacre");
        StoredLesson lesson = lessons.myLessons().stream()
                .filter(stored -> stored.lesson().title().equals("29th anniversary of the Khojaly massacre"))
                .findFirst().orElseThrow();
        assertThat(lesson.status()).isEqualTo(LessonStatus.PUBLISHED);
        assertThat(lesson.lesson().blocks()).extracting(block -> block.kind()).contains(BlockKind.READING_EXCERPT,
                BlockKind.FACT_CARD_DECK, BlockKind.QUIZ, BlockKind.TIMELINE, BlockKind.SOURCE_ANALYSIS);
        List<StoredItem> mine = items.myItems();
        assertThat(mine).filteredOn(stored -> lesson.lesson().itemIds().contains(stored.item().id()))
                .hasSize(lesson.lesson().itemIds().size())
                .allMatch(stored -> stored.item().info().status() == ItemStatus.ACCEPTED);
        assertThat(mine).anyMatch(stored -> stored.item().info().status() == ItemStatus.DRAFT);
    }
}
