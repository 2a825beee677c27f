package org.sourcebook.ui.teacher.lessons;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import org.sourcebook.ui.base.Confirmation;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcebook.account.StudentDirectory;
import org.sourcebook.classes.ClassService;
import org.sourcebook.classes.SchoolClass;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.item.FactCard;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemInfo;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.item.SampleItems;
import org.sourcebook.content.lesson.BlockId;
import org.sourcebook.content.lesson.FactCardDeck;
import org.sourcebook.content.lesson.Lesson;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.content.lesson.Quiz;
import org.sourcebook.content.lesson.QuizSettings;
import org.sourcebook.item.ItemService;
import org.sourcebook.item.StoredItem;
import org.sourcebook.lesson.LessonService;
import org.sourcebook.lesson.LessonStatus;
import org.sourcebook.lesson.PublishedLessonService;
import org.sourcebook.content.source.DocumentMetadata;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.Span;
import org.sourcebook.content.source.TextRange;
import org.sourcebook.source.DocumentService;
import org.sourcebook.source.DocumentSummary;
import org.sourcebook.source.StoredFile;
import org.sourcebook.ui.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Publishing as a teacher meets it: what blocks publication is named item by item with its fix;
 * once published, the message says who sees the lesson (nobody until it is assigned, and the
 * assignment is one click away); edits to a published lesson wait for "Publish changes".
 */
class LessonPublishingTest extends KaribuTest {

    @Autowired
    LessonService lessons;

    @Autowired
    ItemService items;

    @Autowired
    ClassService classes;

    @Autowired
    StudentDirectory directory;

    @Autowired
    PublishedLessonService published;

    @Autowired
    DocumentService documents;

    private String teacher;
    private Item acceptedCard;
    private Item draftCard;
    private Item acceptedQuestion;
    private Item draftQuestion;

    @BeforeEach
    void aTeacherWithAcceptedAndDraftItems() {
        teacher = createAccount("publisher", Role.TEACHER);
        login(teacher);
        String text = "On 26 February 1992 the town of Khojaly was attacked. The attack on Khojaly took place on "
                + "February 26, 1992. Many civilians were killed.";
        DocumentSummary document = documents.importText(text, DocumentMetadata.titled("Statement"),
                new StoredFile("statement.txt", "TXT", text.length()));
        DocumentVersion version = documents.findVersionElseThrow(document.id(), 1);
        List<Item> stored = items.add(List.of(
                new FactCard(ItemInfo.written("According to the statement, when is the anniversary?"), "26 February"),
                new FactCard(ItemInfo.drafted("According to the statement, which town was attacked?",
                        List.of(sentence(version, 0)), 0.7), "Khojaly"),
                SampleItems.numeric().withInfo(ItemInfo.written(SampleItems.numeric().prompt())),
                SampleItems.cloze().withInfo(ItemInfo.drafted(SampleItems.cloze().prompt(), List.of(sentence(version, 1)), 0.6))))
                .stream().map(StoredItem::item).toList();
        acceptedCard = stored.get(0);
        draftCard = stored.get(1);
        acceptedQuestion = stored.get(2);
        draftQuestion = stored.get(3);
    }

    private static Span sentence(DocumentVersion version, int index) {
        TextRange range = version.sentences().get(index);
        return new Span(version.documentId(), version.version(), range.start(), range.end(), version.quote(range));
    }

    private Lesson lessonWithDrafts() {
        return new Lesson(LessonId.random(), "Publish me", "", List.of(), List.of(
                new FactCardDeck(BlockId.random(), List.of(acceptedCard.id(), draftCard.id())),
                new Quiz(BlockId.random(), List.of(acceptedQuestion.id(), draftQuestion.id()), QuizSettings.DEFAULTS)));
    }

    private Lesson open(Lesson lesson) {
        lessons.add(lesson);
        open(LessonEditorView.path(lesson.id()));
        return lesson;
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    @Test
    void whatBlocksPublicationIsNamedItemByItemAndFixedInOneClick() {
        Lesson lesson = open(lessonWithDrafts());

        assertThat(text("lesson-problems")).doesNotContain("No problems found")
                .contains("Item 2 of block 1 (Fact-card deck), “" + draftCard.prompt() + "”: it is a draft.")
                .contains("Item 2 of block 2 (Quiz), “According to the source, the attack on (1) _____ took place on "
                        + "February (2) _____, 1992.”: it is a draft.")
                .doesNotContain("{{");

        click("publish-lesson");

        Dialog refused = _get(Dialog.class, spec -> spec.withId("publish-refused"));
        assertThat(_find(refused, ListItem.class, spec -> spec.withClasses("publish-blocker"))).hasSize(2);
        _click(_find(refused, Button.class, spec -> spec.withClasses("accept")).get(0));
        assertThat(items.findElseThrow(draftCard.id()).item().status()).isEqualTo(ItemStatus.ACCEPTED);
        _click(_get(refused, Button.class, spec -> spec.withClasses("take-out")));
        assertThat(refused.getElement().getTextRecursively()).contains("Nothing blocks publication any more.");
        assertThat(lessons.findElseThrow(lesson.id()).status()).isEqualTo(LessonStatus.DRAFT);

        click("publish-again");

        assertThat(lessons.findElseThrow(lesson.id()).status()).isEqualTo(LessonStatus.PUBLISHED);
        assertThat(((Quiz) lessons.findElseThrow(lesson.id()).lesson().blocks().get(1)).questions())
                .as("the draft question was taken out").containsExactly(acceptedQuestion.id());
        assertThat(text("lesson-status")).isEqualTo("Published");
    }

    @Test
    void aBlockWithAProblemOfItsOwnIsRemovedInOneClick() {
        Lesson lesson = open(new Lesson(LessonId.random(), "Empty quiz", "", List.of(), List.of(
                new FactCardDeck(BlockId.random(), List.of(acceptedCard.id())),
                new Quiz(BlockId.random(), List.of(), QuizSettings.DEFAULTS))));
        assertThat(text("lesson-problems")).contains("Block 2 (Quiz): Choose at least one question.");

        _click(_get(Div.class, spec -> spec.withId("lesson-problems")).getChildren()
                .flatMap(child -> _find(child, Button.class, spec -> spec.withClasses("remove-block")).stream())
                .findFirst().orElseThrow());
        click("publish-lesson");

        assertThat(lessons.findElseThrow(lesson.id()).lesson().blocks()).hasSize(1);
        assertThat(lessons.findElseThrow(lesson.id()).status()).isEqualTo(LessonStatus.PUBLISHED);
    }

    @Test
    void aDraftIsAcceptedWhereItStandsInTheLesson() {
        open(lessonWithDrafts());
        Div deck = _get(Div.class, spec -> spec.withId("block-0"));

        _click(_get(deck, Button.class, spec -> spec.withClasses("lesson-item-accept")));

        assertThat(items.findElseThrow(draftCard.id()).item().status()).isEqualTo(ItemStatus.ACCEPTED);
        assertThat(text("lesson-problems")).doesNotContain(draftCard.prompt());
    }

    @Test
    void publishedButUnassignedSaysStudentsCannotSeeItYetAndOffersToAssign() {
        Lesson lesson = open(new Lesson(LessonId.random(), "Assign me", "", List.of(), List.of(
                new FactCardDeck(BlockId.random(), List.of(acceptedCard.id())))));
        SchoolClass schoolClass = classes.create("Class 9B");

        click("publish-lesson");

        Notification notice = _get(Notification.class, spec -> spec.withId("published-not-assigned"));
        assertThat(notice.getElement().getTextRecursively())
                .contains("Lesson published. Students see it only once it is assigned to their class.")
                .doesNotContain("can see it now");
        assertThat(text("lesson-publish-state")).contains("but not assigned to any class");

        _click(_get(notice, Button.class, spec -> spec.withText("Assign to a class…")));
        Dialog assign = _get(Dialog.class, spec -> spec.withId("assign-lesson-dialog"));
        assertThat(_get(assign, ComboBox.class, spec -> spec.withId("assign-class")).getValue())
                .as("the only class is chosen already").isEqualTo(schoolClass);
        click("assign-lesson-confirm");

        assertThat(classes.classesAssigned(lesson.id())).extracting(SchoolClass::name).containsExactly("Class 9B");
        assertThat(text("lesson-publish-state")).contains("The students of Class 9B see it");
    }

    @Test
    void editsToAPublishedLessonWaitForPublishChanges() {
        Lesson lesson = open(new Lesson(LessonId.random(), "Published title", "", List.of(), List.of(
                new FactCardDeck(BlockId.random(), List.of(acceptedCard.id())))));
        SchoolClass schoolClass = classes.create("Class 9C");
        click("publish-lesson");
        classes.assign(schoolClass.id(), lesson.id(), null, null);
        String student = createAccount("reader", Role.STUDENT);
        classes.enrol(schoolClass.id(), directory.resolve(List.of(student)).values().stream()
                .map(resolved -> resolved.student().id()).toList());

        _get(TextField.class, spec -> spec.withId("lesson-title")).setValue("Edited title");
        click("save-lesson");

        assertThat(text("lesson-status")).isEqualTo("Published · unpublished changes");
        assertThat(text("lesson-publish-state")).startsWith("Students see the version published on");
        assertThat(_get(Button.class, spec -> spec.withId("publish-lesson")).getText()).isEqualTo("Publish changes");
        assertThat(titleSeenBy(student, lesson)).isEqualTo("Published title");

        click("publish-lesson");

        assertThat(titleSeenBy(student, lesson)).isEqualTo("Edited title");
        assertThat(text("lesson-status")).isEqualTo("Published");
        assertThat(_find(Button.class, spec -> spec.withId("publish-lesson"))).isEmpty();
    }

    @Test
    void unpublishedChangesCanBeDiscarded() {
        Lesson lesson = open(new Lesson(LessonId.random(), "Kept title", "", List.of(), List.of(
                new FactCardDeck(BlockId.random(), List.of(acceptedCard.id())))));
        click("publish-lesson");
        _get(TextField.class, spec -> spec.withId("lesson-title")).setValue("Unwanted edit");
        click("save-lesson");

        click("discard-changes");
        confirm(_get(Confirmation.class, spec -> spec.withId("discard-dialog")));

        assertThat(_get(TextField.class, spec -> spec.withId("lesson-title")).getValue()).isEqualTo("Kept title");
        assertThat(lessons.findElseThrow(lesson.id()).unpublishedChanges()).isFalse();
    }

    private String titleSeenBy(String student, Lesson lesson) {
        newSession();
        login(student);
        String title = published.open(lesson.id()).lesson().title();
        newSession();
        login(teacher);
        open(LessonEditorView.path(lesson.id()));
        return title;
    }
}
