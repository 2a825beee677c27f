package org.sourcebook.ui.teacher.lessons;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireEvent;
import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import org.sourcebook.ui.base.Confirmation;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.dnd.DragStartEvent;
import com.vaadin.flow.component.dnd.DropEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemKind;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.lesson.Block;
import org.sourcebook.content.lesson.BlockId;
import org.sourcebook.content.lesson.BlockKind;
import org.sourcebook.content.lesson.DiscussionPrompt;
import org.sourcebook.content.lesson.FactCardDeck;
import org.sourcebook.content.lesson.Lesson;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.content.lesson.Quiz;
import org.sourcebook.content.lesson.QuizSettings;
import org.sourcebook.content.lesson.ReadingExcerpt;
import org.sourcebook.content.lesson.SourceAnalysis;
import org.sourcebook.content.lesson.Timeline;
import org.sourcebook.content.lesson.TimelineEntry;
import org.sourcebook.content.source.DocumentMetadata;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.drafting.DraftOptions;
import org.sourcebook.drafting.DraftingService;
import org.sourcebook.item.ItemService;
import org.sourcebook.item.StoredItem;
import java.util.stream.IntStream;
import org.sourcebook.content.item.FactCard;
import org.sourcebook.content.item.ItemInfo;
import org.sourcebook.content.item.Question;
import org.sourcebook.content.item.SampleItems;
import org.sourcebook.content.source.Span;
import org.sourcebook.content.source.TextRange;
import org.sourcebook.lesson.LessonService;
import org.sourcebook.lesson.LessonStatus;
import org.sourcebook.lesson.NoSuchLessonException;
import org.sourcebook.lesson.StoredLesson;
import org.sourcebook.source.DocumentService;
import org.sourcebook.source.DocumentSummary;
import org.sourcebook.source.StoredFile;
import org.sourcebook.ui.KaribuTest;
import org.sourcebook.ui.base.AccessDeniedView;
import org.sourcebook.ui.base.NotFoundView;
import org.sourcebook.ui.lesson.LessonPreview;
import org.sourcebook.ui.lesson.MarkdownText;
import org.springframework.beans.factory.annotation.Autowired;

/** The lesson list and the lesson editor, as a teacher uses them. */
class LessonEditorViewTest extends KaribuTest {

    private static final String DOCUMENT_TITLE = "Khojaly statement";

    @Autowired
    LessonService lessons;

    @Autowired
    ItemService items;

    @Autowired
    DocumentService documents;

    @Autowired
    DraftingService drafting;

    private String teacher;
    private DocumentSummary document;
    private List<Item> cards;
    private List<Item> questions;

    @BeforeEach
    void teacherWithDraftedItems() throws IOException {
        teacher = createAccount("lessons", Role.TEACHER);
        login(teacher);
        String text;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("demo/khojaly-29th-anniversary.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        document = documents.importText(text, DocumentMetadata.titled(DOCUMENT_TITLE),
                new StoredFile("khojaly.txt", "TXT", text.length()));
        drafting.draftFrom(document.id(), document.latestVersion(), DraftOptions.DEFAULTS);
        // The drafted lesson stays; the cards and questions are written here, so the tests do not
        // depend on how many drafts of each kind the drafting engine makes.
        DocumentVersion version = documents.findVersionElseThrow(document.id(), document.latestVersion());
        String[] topics = {"anniversary", "Khojaly", "civilians"};
        cards = items.add(IntStream.range(0, 3).<Item>mapToObj(index -> new FactCard(ItemInfo.written(
                "According to the statement, what does sentence " + (index + 1) + " say about " + topics[index] + "?")
                .withCitations(List.of(sentence(version, index))), "What sentence " + (index + 1) + " says"))
                .toList()).stream().map(StoredItem::item).toList();
        List<Question> samples = List.of(SampleItems.singleChoice(), SampleItems.trueFalse(), SampleItems.numeric());
        questions = items.add(IntStream.range(0, 3).<Item>mapToObj(index -> samples.get(index).withInfo(
                ItemInfo.written(samples.get(index).prompt()).withCitations(List.of(sentence(version, index + 3)))))
                .toList()).stream().map(StoredItem::item).toList();
    }

    private static Span sentence(DocumentVersion version, int index) {
        TextRange range = version.sentences().get(index);
        return new Span(version.documentId(), version.version(), range.start(), range.end(), version.quote(range));
    }

    private Item accept(Item item) {
        return items.update(item.withStatus(ItemStatus.ACCEPTED), items.findElseThrow(item.id()).version()).item();
    }

    private LessonEditorView openEditor(Lesson lesson) {
        lessons.add(lesson);
        open("teacher/lessons/" + lesson.id());
        assertThat(currentView()).isInstanceOf(LessonEditorView.class);
        return (LessonEditorView) currentView();
    }

    private static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    private static Div block(int index) {
        return _get(Div.class, spec -> spec.withId("block-" + index));
    }

    private static List<BlockKind> kinds(LessonEditorView editor) {
        return editor.current().blocks().stream().map(Block::kind).toList();
    }

    private static String problemsText() {
        return _get(Div.class, spec -> spec.withId("lesson-problems")).getElement().getTextRecursively();
    }

    @Test
    void theListShowsMyLessonsCreatesOpensAndDuplicates() {
        open("teacher/lessons");
        assertThat(currentView()).isInstanceOf(LessonListView.class);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).containsSubsequence("Teacher home", "Lessons");
        Grid<?> grid = _get(Grid.class);
        assertThat(_size(grid)).isEqualTo(1); // the lesson drafted from the document

        click("new-lesson");

        assertThat(currentView()).isInstanceOf(LessonEditorView.class);
        assertThat(_get(TextField.class, spec -> spec.withId("lesson-title")).getValue()).isEqualTo("Untitled lesson");
        assertThat(lessons.myLessons()).hasSize(2);

        open("teacher/lessons");
        Grid<?> list = _get(Grid.class);
        assertThat(_size(list)).isEqualTo(2);
        String firstTitle = lessons.myLessons().get(0).lesson().title();
        _click(_get(_getCellComponent(list, 0, "actions"), Button.class, spec -> spec.withText("Duplicate")));

        assertThat(lessons.myLessons()).extracting(stored -> stored.lesson().title()).contains(firstTitle + " (copy)");
        assertThat(_size(_get(Grid.class))).isEqualTo(3);
        _click(_get(_getCellComponent(_get(Grid.class), 0, "actions"), Button.class, spec -> spec.withText("Open")));
        assertThat(currentView()).isInstanceOf(LessonEditorView.class);
    }

    @Test
    void titleSummaryAndObjectivesAreEditedAndSaved() {
        Lesson lesson = Lesson.titled("First draft");
        openEditor(lesson);

        _get(TextField.class, spec -> spec.withId("lesson-title")).setValue("Reading the Khojaly statement");
        _get(TextArea.class, spec -> spec.withId("lesson-summary"))
                .setValue("Read it **closely**. <script>alert(1)</script>");
        click("add-objective");
        _get(TextField.class, spec -> spec.withId("objective-0")).setValue("Name who wrote the statement");

        String preview = _get(MarkdownText.class, spec -> spec.withId("summary-preview")).html();
        assertThat(preview).contains("<strong>closely</strong>").doesNotContain("<script");
        click("save-lesson");

        Lesson saved = lessons.findElseThrow(lesson.id()).lesson();
        assertThat(saved.title()).isEqualTo("Reading the Khojaly statement");
        assertThat(saved.summary()).startsWith("Read it **closely**.");
        assertThat(saved.objectives()).containsExactly("Name who wrote the statement");
        assertThat(((LessonEditorView) currentView()).hasUnsavedChanges()).isFalse();
    }

    @Test
    void everyBlockKindCanBeAddedAndProblemsShowWhileEditing() {
        LessonEditorView editor = openEditor(Lesson.titled("Blocks"));
        assertThat(problemsText()).contains("No problems found");

        for (String kind : List.of("reading-excerpt", "fact-card-deck", "quiz", "timeline", "discussion-prompt",
                "source-analysis")) {
            click("add-" + kind);
        }

        assertThat(kinds(editor)).containsExactly(BlockKind.values());
        assertThat(problemsText()).contains("Block 2 (Fact-card deck): Choose at least one fact card.",
                "Block 5 (Discussion prompt): Write the discussion prompt.");

        _get(block(0), ComboBox.class).setValue(document);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Integer> paragraphs = _get(block(0), MultiSelectComboBox.class);
        paragraphs.setValue(Set.of(0, 2));
        _get(block(4), TextArea.class).setValue("Who **benefits** from this account?");
        _get(block(5), TextArea.class, spec -> spec.withLabel("Origin: who made it, when and where?"))
                .setValue("The state, on an anniversary");
        _click(_get(block(3), Button.class, spec -> spec.withText("Add entry")));
        _get(block(3), TextField.class, spec -> spec.withLabel("Date")).setValue("26 February 1992");
        _get(block(3), TextField.class, spec -> spec.withLabel("Event")).setValue("The attack");
        _get(TextField.class, spec -> spec.withId("lesson-title")).setValue(" ");

        ReadingExcerpt excerpt = (ReadingExcerpt) editor.current().blocks().get(0);
        DocumentVersion version = documents.findVersionElseThrow(document.id(), document.latestVersion());
        assertThat(excerpt.passages()).containsExactly(version.cite(version.paragraphs().get(0)),
                version.cite(version.paragraphs().get(2)));
        assertThat(((Timeline) editor.current().blocks().get(3)).entries())
                .containsExactly(new TimelineEntry("26 February 1992", "The attack", null));
        assertThat(problemsText()).contains("The lesson needs a title.")
                .doesNotContain("Write the discussion prompt.", "Choose at least one paragraph",
                        "Add at least one timeline entry", "Answer at least one");
        assertThat(editor.hasUnsavedChanges()).isTrue();
    }

    @Test
    void blocksMoveWithTheKeyboardButtonsAndByDragAndDrop() {
        LessonEditorView editor = openEditor(Lesson.titled("Order"));
        click("add-discussion-prompt");
        click("add-timeline");
        click("add-source-analysis");
        assertThat(_get(Button.class, spec -> spec.withId("block-0-up")).isEnabled()).isFalse();
        assertThat(_get(Button.class, spec -> spec.withId("block-1-down")).getElement().getAttribute("aria-label"))
                .isEqualTo("Move block 2 (Timeline) down");

        click("block-0-down");
        assertThat(kinds(editor)).containsExactly(BlockKind.TIMELINE, BlockKind.DISCUSSION_PROMPT, BlockKind.SOURCE_ANALYSIS);
        click("block-2-up");
        assertThat(kinds(editor)).containsExactly(BlockKind.TIMELINE, BlockKind.SOURCE_ANALYSIS, BlockKind.DISCUSSION_PROMPT);

        // drag the last card onto the first
        _fireEvent(block(2), new DragStartEvent<>(block(2), true));
        _fireEvent(block(0), new DropEvent<>(block(0), true, "move"));
        assertThat(kinds(editor)).containsExactly(BlockKind.DISCUSSION_PROMPT, BlockKind.TIMELINE, BlockKind.SOURCE_ANALYSIS);

        editor.moveBlock(0, 2);
        assertThat(kinds(editor)).containsExactly(BlockKind.TIMELINE, BlockKind.SOURCE_ANALYSIS, BlockKind.DISCUSSION_PROMPT);
    }

    @Test
    void aBlockIsDuplicatedAndARemovedBlockComesBackWithUndo() {
        LessonEditorView editor = openEditor(Lesson.titled("Undo"));
        click("add-discussion-prompt");
        _get(block(0), TextArea.class).setValue("Why was it written?");
        click("add-timeline");

        click("block-0-duplicate");
        List<Block> blocks = editor.current().blocks();
        assertThat(blocks).hasSize(3);
        assertThat(blocks.get(1)).isInstanceOf(DiscussionPrompt.class);
        assertThat(((DiscussionPrompt) blocks.get(1)).text()).isEqualTo("Why was it written?");
        assertThat(blocks.get(1).id()).isNotEqualTo(blocks.get(0).id());

        Block removed = blocks.get(1);
        click("block-1-remove");
        assertThat(editor.current().blocks()).hasSize(2).doesNotContain(removed);

        click("undo-remove");
        assertThat(editor.current().blocks()).hasSize(3);
        assertThat(editor.current().blocks().get(1)).isEqualTo(removed);
    }

    @Test
    void thePickerNarrowsByDocumentKindStatusAndWordsAndShowsWholePrompts() {
        Item elsewhere = items.add(List.of(SampleItems.trueFalse().withInfo(
                ItemInfo.written("According to another source, the sky is blue.")))).get(0).item();
        openEditor(Lesson.titled("Picking by filter"));
        click("add-quiz");
        _click(_get(block(0), Button.class, spec -> spec.withClasses("pick-items")));
        ItemPickerDialog picker = _get(ItemPickerDialog.class);
        assertThat(picker.grid().getListDataView().getItems()).contains(questions.get(0), elsewhere);
        assertThat(picker.grid().getThemeNames()).as("prompts wrap instead of being cut off").contains("wrap-cell-content");

        picker.documentFilter().setValue(document.id());
        assertThat(picker.documentFilter().getItemLabelGenerator().apply(document.id())).isEqualTo(DOCUMENT_TITLE);
        assertThat(picker.grid().getListDataView().getItems()).contains(questions.get(0)).doesNotContain(elsewhere);

        picker.kindFilter().setValue(ItemKind.SINGLE_CHOICE);
        picker.statusFilter().setValue(ItemStatus.ACCEPTED);
        assertThat(picker.grid().getListDataView().getItems()).containsExactly(questions.get(0));

        picker.kindFilter().clear();
        picker.documentFilter().clear();
        picker.search().setValue("sky is blue");
        assertThat(picker.grid().getListDataView().getItems()).containsExactly(elsewhere);
    }

    @Test
    void cardsArePickedIntoADeckAndQuestionsIntoAQuiz() {
        LessonEditorView editor = openEditor(Lesson.titled("Picking"));
        click("add-fact-card-deck");
        click("add-quiz");

        _click(_get(block(0), Button.class, spec -> spec.withClasses("pick-items")));
        ItemPickerDialog picker = _get(ItemPickerDialog.class);
        assertThat(picker.grid().getListDataView().getItems()).allMatch(item -> item.kind() == ItemKind.FACT_CARD);
        picker.grid().select(cards.get(1));
        picker.grid().select(cards.get(0));
        _click(_get(picker, Button.class, spec -> spec.withId("picker-apply")));
        assertThat(((FactCardDeck) editor.current().blocks().get(0)).cards())
                .containsExactly(cards.get(0).id(), cards.get(1).id());

        _click(_get(block(0), Button.class, spec -> spec.withClasses("pick-items")));
        ItemPickerDialog again = _get(ItemPickerDialog.class);
        assertThat(again.grid().getSelectedItems()).containsExactlyInAnyOrder(cards.get(0), cards.get(1));
        String word = cards.get(2).prompt().split(" ")[cards.get(2).prompt().split(" ").length - 1];
        again.search().setValue(word.replaceAll("[^\\p{L}\\p{N}]", ""));
        assertThat(again.grid().getListDataView().getItems()).contains(cards.get(2));
        again.grid().deselect(cards.get(0));
        again.grid().select(cards.get(2));
        _click(_get(again, Button.class, spec -> spec.withId("picker-apply")));
        assertThat(((FactCardDeck) editor.current().blocks().get(0)).cards())
                .containsExactly(cards.get(1).id(), cards.get(2).id());

        _click(_get(block(1), Button.class, spec -> spec.withClasses("pick-items")));
        ItemPickerDialog quizPicker = _get(ItemPickerDialog.class);
        assertThat(quizPicker.grid().getListDataView().getItems()).noneMatch(item -> item.kind() == ItemKind.FACT_CARD);
        quizPicker.grid().select(questions.get(0));
        _click(_get(quizPicker, Button.class, spec -> spec.withId("picker-apply")));
        assertThat(((Quiz) editor.current().blocks().get(1)).questions()).containsExactly(questions.get(0).id());

        _click(_get(block(0), Button.class, spec -> spec.withAttribute("aria-label", "Remove item 1")));
        assertThat(((FactCardDeck) editor.current().blocks().get(0)).cards()).containsExactly(cards.get(2).id());
    }

    @Test
    void quizSettingsShowTheirProblemsOnTheFields() {
        LessonEditorView editor = openEditor(Lesson.titled("Settings"));
        click("add-quiz");
        QuizSettingsForm form = _get(QuizSettingsForm.class);

        form.attempts().setValue(-1);
        assertThat(form.attempts().isInvalid()).isTrue();
        assertThat(form.attempts().getErrorMessage()).isEqualTo("Attempts must not be negative (0 means unlimited).");

        form.attempts().setValue(3);
        form.opens().setValue(LocalDateTime.of(2026, 3, 8, 9, 0));
        form.closes().setValue(LocalDateTime.of(2026, 3, 1, 9, 0));
        assertThat(form.attempts().isInvalid()).isFalse();
        assertThat(form.closes().isInvalid()).isTrue();
        assertThat(form.closes().getErrorMessage()).isEqualTo("The closing time must be after the opening time.");
        assertThat(problemsText()).contains("The closing time must be after the opening time.");

        form.passMark().setValue(80);
        form.closes().setValue(LocalDateTime.of(2026, 3, 15, 9, 0));
        assertThat(form.closes().isInvalid()).isFalse();
        QuizSettings settings = ((Quiz) editor.current().blocks().get(0)).settings();
        assertThat(settings.attemptsAllowed()).isEqualTo(3);
        assertThat(settings.passMark()).isEqualTo(0.8);
        assertThat(settings.problems()).isEmpty();
    }

    @Test
    void historyListsEverySaveAndRestoresAnEarlierOne() {
        Lesson lesson = Lesson.titled("Version one");
        openEditor(lesson);
        TextField title = _get(TextField.class, spec -> spec.withId("lesson-title"));
        title.setValue("Version two");
        click("save-lesson");
        title.setValue("Version three");
        click("save-lesson");

        click("history-lesson");
        Dialog history = _get(Dialog.class, spec -> spec.withId("history-dialog"));
        Grid<?> revisions = _get(history, Grid.class);
        assertThat(_size(revisions)).isEqualTo(3);
        assertThat(history.getElement().getTextRecursively()).doesNotContain("Exception");
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(revisions, 0, "saved-at"))
                .as("saves seconds apart must not look the same").matches(".*\\d{1,2}:\\d{2}:\\d{2}.*");
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(revisions, 0, "title")).isEqualTo("Version three");
        assertThat(revisions.getThemeNames()).as("whole times and titles, wrapped rather than cut").contains("wrap-cell-content");

        _click((Button) _getCellComponent(revisions, 2, "restore"));

        assertThat(_get(TextField.class, spec -> spec.withId("lesson-title")).getValue()).isEqualTo("Version one");
        assertThat(lessons.findElseThrow(lesson.id()).lesson().title()).isEqualTo("Version one");
        assertThat(lessons.history(lesson.id())).hasSize(4);
    }

    @Test
    void unsavedChangesMustBeSavedBeforeRestoring() {
        openEditor(Lesson.titled("Version one"));
        _get(TextField.class, spec -> spec.withId("lesson-title")).setValue("Not saved yet");

        click("history-lesson");

        Dialog history = _get(Dialog.class, spec -> spec.withId("history-dialog"));
        assertThat(history.getElement().getTextRecursively()).contains("Save or reload your changes");
        assertThat(_getCellComponent(_get(history, Grid.class), 0, "restore").getElement().isEnabled()).isFalse();
    }

    /** Opens a lesson, lets someone else save it, then edits its title to "Mine". */
    private Lesson openedThenSavedElsewhere() {
        Lesson lesson = Lesson.titled("Shared");
        openEditor(lesson);
        StoredLesson stored = lessons.findElseThrow(lesson.id());
        lessons.update(new Lesson(lesson.id(), "Saved elsewhere", "", List.of(), List.of()), stored.version());
        _get(TextField.class, spec -> spec.withId("lesson-title")).setValue("Mine");
        return lesson;
    }

    @Test
    void aConflictingSaveOffersReloadAndOverwritesNothing() {
        Lesson lesson = openedThenSavedElsewhere();

        click("save-lesson");
        assertThat(lessons.findElseThrow(lesson.id()).lesson().title()).isEqualTo("Saved elsewhere");
        click("conflict-reload");

        assertThat(_get(TextField.class, spec -> spec.withId("lesson-title")).getValue()).isEqualTo("Saved elsewhere");
        assertThat(((LessonEditorView) currentView()).hasUnsavedChanges()).isFalse();
        click("save-lesson");
        assertThat(_find(Dialog.class, spec -> spec.withId("conflict-dialog"))).isEmpty();
    }

    @Test
    void aConflictingSaveCanBeKeptAsACopy() {
        Lesson lesson = openedThenSavedElsewhere();
        click("add-discussion-prompt");

        click("save-lesson");
        click("conflict-copy");

        LessonEditorView copy = (LessonEditorView) currentView();
        assertThat(copy.current().id()).isNotEqualTo(lesson.id());
        assertThat(copy.current().title()).isEqualTo("Mine (copy)");
        assertThat(copy.current().blocks()).hasSize(1);
        assertThat(lessons.findElseThrow(copy.current().id()).status()).isEqualTo(LessonStatus.DRAFT);
        assertThat(lessons.findElseThrow(lesson.id()).lesson().title()).isEqualTo("Saved elsewhere");
    }

    @Test
    void typingAloneIsAnUnsavedChangeBeforeTheFieldSendsItsText() {
        LessonEditorView editor = openEditor(Lesson.titled("Typed into"));

        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent(editor, "input");

        assertThat(editor.hasUnsavedChanges()).isTrue();
        UI.getCurrent().navigate("teacher/lessons");
        assertThat(_get(Confirmation.class, spec -> spec.withId("leave-dialog")).isOpened()).isTrue();
        assertThat(currentView()).isInstanceOf(LessonEditorView.class);
    }

    @Test
    void leavingWithUnsavedChangesAsksFirst() {
        openEditor(Lesson.titled("Unsaved"));
        _get(TextField.class, spec -> spec.withId("lesson-title")).setValue("Changed");

        UI.getCurrent().navigate("teacher/lessons");
        Confirmation confirm = _get(Confirmation.class, spec -> spec.withId("leave-dialog"));
        cancel(confirm);
        assertThat(currentView()).isInstanceOf(LessonEditorView.class);

        UI.getCurrent().navigate("teacher/lessons");
        confirm(_get(Confirmation.class, spec -> spec.withId("leave-dialog")));
        assertThat(currentView()).isInstanceOf(LessonListView.class);
    }

    @Test
    void thePreviewShowsTheBlocksAsStudentsSeeThem() {
        DocumentVersion version = documents.findVersionElseThrow(document.id(), document.latestVersion());
        Lesson lesson = new Lesson(LessonId.random(), "Preview", "A *short* summary", List.of("Read a source"), List.of(
                new ReadingExcerpt(BlockId.random(), List.of(version.cite(version.paragraphs().get(2)))),
                new FactCardDeck(BlockId.random(), List.of(cards.get(0).id())),
                new Quiz(BlockId.random(), List.of(questions.get(0).id()), QuizSettings.DEFAULTS),
                new Timeline(BlockId.random(), List.of(new TimelineEntry("1992", "The attack", null))),
                new DiscussionPrompt(BlockId.random(), "Who **benefits**? <img src=x onerror=alert(1)>"),
                new SourceAnalysis(BlockId.random(), document.id(), "A state statement", "", "", "", "")));
        openEditor(lesson);

        click("preview-lesson");

        LessonPreview preview = _get(LessonPreview.class);
        String text = preview.getElement().getTextRecursively();
        assertThat(text).contains("¶3 of " + DOCUMENT_TITLE, version.quote(version.paragraphs().get(2)).strip(),
                cards.get(0).prompt(), questions.get(0).prompt(), "1992", "The attack", "A state statement",
                "Read a source");
        String answer = cards.get(0).canonicalAnswer();
        assertThat(_find(preview, Paragraph.class, spec -> spec.withText(answer))).isEmpty();
        _click(_get(preview, Button.class, spec -> spec.withText("Flip card")));
        assertThat(_find(preview, Paragraph.class, spec -> spec.withText(answer))).hasSize(1);
        List<MarkdownText> markdown = _find(preview, MarkdownText.class);
        assertThat(markdown).extracting(MarkdownText::html).anySatisfy(html ->
                assertThat(html).contains("<strong>benefits</strong>", "&lt;img").doesNotContain("<img"));
    }

    @Test
    void anotherTeacherAndAStudentCannotOpenMyLesson() {
        Lesson lesson = Lesson.titled("Mine only");
        lessons.add(lesson);

        newSession();
        login(createAccount("other", Role.TEACHER));
        open("teacher/lessons/" + lesson.id());
        Component shown = currentView();
        assertThat(shown).isInstanceOf(NotFoundView.class);
        assertThatThrownBy(() -> lessons.findElseThrow(lesson.id())).isInstanceOf(NoSuchLessonException.class);
        open("teacher/lessons");
        assertThat(_size(_get(Grid.class))).isZero();

        newSession();
        login(createAccount("pupil", Role.STUDENT));
        open("teacher/lessons/" + lesson.id());
        assertThat(currentView()).isInstanceOf(AccessDeniedView.class);
        open("teacher/lessons");
        assertThat(currentView()).isInstanceOf(AccessDeniedView.class);
    }
}
