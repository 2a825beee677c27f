package org.sourcebook.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcebook.account.StudentRef;
import org.sourcebook.attempt.AttemptSummary;
import org.sourcebook.attempt.QuizAttemptService;
import org.sourcebook.attempt.QuizStatus;
import org.sourcebook.classes.Assignment;
import org.sourcebook.classes.ClassService;
import org.sourcebook.classes.SchoolClass;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.lesson.BlockKind;
import org.sourcebook.content.lesson.Quiz;
import org.sourcebook.item.ItemService;
import org.sourcebook.item.StoredItem;
import org.sourcebook.lesson.LessonService;
import org.sourcebook.lesson.LessonStatus;
import org.sourcebook.lesson.PublishedLessonService;
import org.sourcebook.lesson.StoredLesson;
import org.sourcebook.source.DocumentService;
import org.sourcebook.ui.KaribuTest;

/**
 * Under the {@code demo} profile the demo teacher starts with the demo document, its drafts, a
 * published lesson and a class it is assigned to, with generated students' attempts.
 */
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
                .filter(stored -> stored.lesson().title().equals("Reading a source: 29th anniversary of the Khojaly massacre"))
                .findFirst().orElseThrow();
        assertThat(lesson.status()).isEqualTo(LessonStatus.PUBLISHED);
        assertThat(lesson.lesson().blocks()).extracting(block -> block.kind()).contains(BlockKind.READING_EXCERPT,
                BlockKind.FACT_CARD_DECK, BlockKind.QUIZ, BlockKind.TIMELINE, BlockKind.SOURCE_ANALYSIS, BlockKind.DISCUSSION_PROMPT);
        List<StoredItem> mine = items.myItems();
        List<StoredItem> used = mine.stream().filter(stored -> lesson.lesson().itemIds().contains(stored.item().id())).toList();
        assertThat(used).hasSize(lesson.lesson().itemIds().size())
                .allMatch(stored -> stored.item().info().status() == ItemStatus.ACCEPTED);
        assertThat(mine).anyMatch(stored -> stored.item().info().status() == ItemStatus.DRAFT);
    }

    @Test
    void theDemoLessonTeachesHowToReadTheStatementNotToMemoriseItsAccusations() {
        login("teacher");
        var lesson = context.getBean(LessonService.class).myLessons().stream()
                .filter(stored -> stored.lesson().title().startsWith("Reading a source:")).findFirst().orElseThrow().lesson();
        var byId = context.getBean(ItemService.class).myItems().stream()
                .collect(java.util.stream.Collectors.toMap(stored -> stored.item().id(), StoredItem::item));

        var quiz = lesson.blocks().stream().filter(org.sourcebook.content.lesson.Quiz.class::isInstance)
                .map(org.sourcebook.content.lesson.Quiz.class::cast).findFirst().orElseThrow();
        assertThat(quiz.questions()).extracting(byId::get)
                .filteredOn(item -> item.info().tags().contains("source-analysis")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(quiz.questions()).extracting(byId::get).extracting(item -> item.prompt())
                .contains("What is the main purpose of this statement?");
        var timeline = lesson.blocks().stream().filter(org.sourcebook.content.lesson.Timeline.class::isInstance)
                .map(org.sourcebook.content.lesson.Timeline.class::cast).findFirst().orElseThrow();
        assertThat(timeline.entries()).allMatch(entry -> entry.text().startsWith("The statement"));
        var discussion = lesson.blocks().stream().filter(org.sourcebook.content.lesson.DiscussionPrompt.class::isInstance)
                .map(org.sourcebook.content.lesson.DiscussionPrompt.class::cast).findFirst().orElseThrow();
        assertThat(discussion.text()).contains("Human Rights Watch", "figures");
        var deck = lesson.blocks().stream().filter(org.sourcebook.content.lesson.FactCardDeck.class::isInstance)
                .map(org.sourcebook.content.lesson.FactCardDeck.class::cast).findFirst().orElseThrow();
        assertThat(deck.cards()).extracting(byId::get).noneMatch(card -> card.prompt().contains("crimes against humanity"));
    }

    @Test
    void theDemoTeacherHasAClassWithTheDemoLessonAssignedAndGeneratedAttemptsAndARestartAddsNothing() {
        login("teacher");
        var classes = context.getBean(ClassService.class);
        SchoolClass demoClass = classes.myClasses().stream().filter(found -> found.name().equals("Class 9A"))
                .findFirst().orElseThrow();
        List<String> members = classes.members(demoClass.id()).stream().map(StudentRef::username).toList();
        assertThat(members).contains("student", "demo-student-01", "demo-student-12");
        Assignment assignment = classes.assignments(demoClass.id()).stream()
                .filter(found -> found.lessonTitle().equals("Reading a source: 29th anniversary of the Khojaly massacre"))
                .findFirst().orElseThrow();
        assertThat(assignment.dueAt()).isNotNull();
        int documents = context.getBean(DocumentService.class).myDocuments().size();

        context.getBean(DemoContent.class).run(null);
        context.getBean(DemoClass.class).run(null);

        assertThat(classes.myClasses()).filteredOn(found -> found.name().equals("Class 9A")).hasSize(1);
        assertThat(context.getBean(DocumentService.class).myDocuments()).hasSize(documents);
        var attempts = context.getBean(QuizAttemptService.class);
        var lessons = context.getBean(PublishedLessonService.class);
        List<Double> scores = new ArrayList<>();
        for (int i = 1; i <= DemoClass.GENERATED; i++) {
            login(DemoClass.generatedUsername(i));
            Quiz quiz = lessons.open(assignment.lesson()).quizzes().get(0);
            QuizStatus status = attempts.status(assignment.lesson(), quiz.id());
            if (i < DemoClass.GENERATED) {
                assertThat(status.attempts()).hasSize(1).allMatch(AttemptSummary::isSubmitted);
                scores.add(status.best().orElseThrow());
            } else {
                assertThat(status.attempts()).isEmpty();
            }
        }
        assertThat(scores.stream().distinct().count()).as("scores vary").isGreaterThan(3);
    }
}
