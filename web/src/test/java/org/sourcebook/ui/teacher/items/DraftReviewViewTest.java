package org.sourcebook.ui.teacher.items;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.item.ChoiceOption;
import org.sourcebook.content.item.Cloze;
import org.sourcebook.content.item.ClozeGap;
import org.sourcebook.content.item.FactCard;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemInfo;
import org.sourcebook.content.item.ItemKind;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.item.SingleChoice;
import org.sourcebook.content.item.TextComparison;
import org.sourcebook.content.lesson.BlockId;
import org.sourcebook.content.lesson.FactCardDeck;
import org.sourcebook.content.lesson.Lesson;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.content.lesson.Quiz;
import org.sourcebook.content.lesson.QuizSettings;
import org.sourcebook.content.source.DocumentId;
import org.sourcebook.content.source.DocumentMetadata;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.Span;
import org.sourcebook.item.StoredItem;
import org.sourcebook.lesson.LessonService;
import org.sourcebook.source.StoredFile;
import org.sourcebook.ui.base.AccessDeniedView;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reviewing a document's drafts at scale, with drafts written here (as the drafting engine would
 * store them) so that the tests do not depend on what the engine makes of a text.
 */
class DraftReviewViewTest extends ItemViewTest {

    private static final String TEXT = "On 26 February 1992 the town of Khojaly was attacked. 613 civilians were killed. "
            + "Another 487 people were wounded. 1,275 people were taken captive. 150 people are still missing.";

    @Autowired
    LessonService lessons;

    private DocumentId document;
    private Item bestCard;
    private Item secondCard;
    private Item weakCard;
    private Item choice;
    private Item cloze;
    private Lesson drafted;

    @BeforeEach
    void aTeacherWithDraftsAndTheLessonDraftedFromThem() {
        login(createAccount("reviewer", Role.TEACHER));
        document = documents.importText(TEXT, DocumentMetadata.titled("Statement"),
                new StoredFile("statement.txt", "TXT", TEXT.length())).id();
        DocumentVersion version = documents.findVersionElseThrow(document, 1);
        bestCard = new FactCard(drafted("According to the statement, when was Khojaly attacked?", version, 0, 0.9),
                "On 26 February 1992");
        secondCard = new FactCard(drafted("According to the statement, how many people were wounded?", version, 2, 0.7),
                "487");
        weakCard = new FactCard(drafted("According to the statement, how many are missing?", version, 4, 0.3), "150");
        choice = new SingleChoice(drafted("According to the statement, how many civilians were killed?", version, 1, 0.8),
                List.of(ChoiceOption.correct("a", "613"), ChoiceOption.wrong("b", "487"), ChoiceOption.wrong("c", "150")));
        cloze = new Cloze(drafted("According to the statement, {{1}} people were taken captive.", version, 3, 0.6),
                List.of(ClozeGap.accepting("1,275")), TextComparison.LENIENT);
        items.add(List.of(bestCard, secondCard, weakCard, choice, cloze));
        drafted = new Lesson(LessonId.random(), "Statement: drafted lesson", "", List.of(), List.of(
                new FactCardDeck(BlockId.random(), List.of(bestCard.id(), secondCard.id(), weakCard.id())),
                new Quiz(BlockId.random(), List.of(choice.id(), cloze.id()), QuizSettings.DEFAULTS)));
        lessons.add(drafted);
        open(ItemRoutes.drafts(document));
    }

    private static ItemInfo drafted(String prompt, DocumentVersion version, int sentence, double quality) {
        var range = version.sentences().get(sentence);
        return ItemInfo.drafted(prompt, List.of(new Span(version.documentId(), 1, range.start(), range.end(),
                version.quote(range))), quality);
    }

    private static List<Div> rows() {
        return _find(Div.class, spec -> spec.withClasses("draft-row"));
    }

    private static String promptOf(Div row) {
        return _get(row, Paragraph.class, spec -> spec.withClasses("draft-prompt")).getText();
    }

    private static List<String> prompts() {
        return rows().stream().map(DraftReviewViewTest::promptOf).toList();
    }

    private static Div row(Item item) {
        return _get(Div.class, spec -> spec.withId("draft-" + item.id().value()));
    }

    private static void press(Div row, String key) {
        JsonObject data = Json.createObject();
        data.put(DraftReviewView.KEY, key);
        data.put(DraftReviewView.TARGET, row.getId().orElseThrow());
        data.put(DraftReviewView.KEY_FILTER, true);
        _fireDomEvent(_get(Div.class, spec -> spec.withId("draft-rows")), "keydown", data);
    }

    private ItemStatus status(Item item) {
        return items.findElseThrow(item.id()).item().status();
    }

    private List<org.sourcebook.content.item.ItemId> deck() {
        return ((FactCardDeck) lessons.findElseThrow(drafted.id()).lesson().blocks().get(0)).cards();
    }

    @Test
    void draftsAreListedBestFirstAsStudentsWillReadThemAndLeadToTheDraftedLesson() {
        assertThat(_get(Paragraph.class, spec -> spec.withId("drafts-summary")).getText()).isEqualTo("Drafts to review: 5");
        assertThat(prompts()).containsExactly(bestCard.prompt(), choice.prompt(), secondCard.prompt(),
                "According to the statement, _____ people were taken captive.", weakCard.prompt());
        assertThat(_get(row(cloze), Paragraph.class, spec -> spec.withClasses("draft-answer")).getText())
                .isEqualTo("Answer: 1,275");
        assertThat(_get(row(choice), Paragraph.class, spec -> spec.withClasses("draft-answer")).getText())
                .as("no option letters").isEqualTo("Answer: 613");
        assertThat(_find(_get(Div.class, spec -> spec.withId("drafts-lessons")), Anchor.class))
                .extracting(Anchor::getText, Anchor::getHref)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(drafted.title(), "teacher/lessons/" + drafted.id()));
    }

    @Test
    void theListNarrowsByWordsKindQualityAndCitedSentence() {
        _get(TextField.class, spec -> spec.withId("drafts-search")).setValue("wounded");
        assertThat(prompts()).containsExactly(secondCard.prompt());
        assertThat(_get(Paragraph.class, spec -> spec.withId("drafts-summary")).getText())
                .isEqualTo("Drafts to review: 5 (1 shown)");
        _get(TextField.class, spec -> spec.withId("drafts-search")).clear();

        @SuppressWarnings("unchecked")
        Select<ItemKind> kind = _get(Select.class, spec -> spec.withId("drafts-kind"));
        kind.setValue(ItemKind.FACT_CARD);
        assertThat(prompts()).containsExactly(bestCard.prompt(), secondCard.prompt(), weakCard.prompt());

        @SuppressWarnings("unchecked")
        Select<DraftReviewView.QualityFilter> quality = _get(Select.class, spec -> spec.withId("drafts-quality"));
        quality.setValue(DraftReviewView.QualityFilter.LOW);
        assertThat(prompts()).containsExactly(weakCard.prompt());
        kind.clear();
        quality.setValue(DraftReviewView.QualityFilter.ANY);

        @SuppressWarnings("unchecked")
        ComboBox<String> sentence = _get(ComboBox.class, spec -> spec.withId("drafts-sentence"));
        sentence.setValue("613 civilians were killed.");
        assertThat(prompts()).containsExactly(choice.prompt());
    }

    @Test
    void aRejectedDraftLeavesTheDraftedLessonAndUndoPutsItBack() {
        _click(_get(row(weakCard), Button.class, spec -> spec.withClasses("draft-reject")));

        assertThat(status(weakCard)).isEqualTo(ItemStatus.REJECTED);
        assertThat(deck()).as("a rejected draft no longer keeps the drafted lesson from publication")
                .containsExactly(bestCard.id(), secondCard.id());
        Notification notice = _get(Notification.class, spec -> spec.withId("drafts-undo-notice"));
        assertThat(notice.getElement().getTextRecursively())
                .contains("One draft rejected. Taken out of “Statement: drafted lesson”.");
        assertThat(prompts()).doesNotContain(weakCard.prompt());

        _click(_get(notice, Button.class, spec -> spec.withId("drafts-undo")));

        assertThat(status(weakCard)).isEqualTo(ItemStatus.DRAFT);
        assertThat(deck()).containsExactly(bestCard.id(), secondCard.id(), weakCard.id());
        assertThat(prompts()).contains(weakCard.prompt());
    }

    @Test
    void theSelectedOrAllShownDraftsAreRejectedOrAcceptedAtOnce() {
        _get(row(secondCard), Checkbox.class).setValue(true);
        _get(row(weakCard), Checkbox.class).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("drafts-reject-selected")));

        assertThat(status(secondCard)).isEqualTo(ItemStatus.REJECTED);
        assertThat(status(weakCard)).isEqualTo(ItemStatus.REJECTED);
        assertThat(deck()).containsExactly(bestCard.id());

        @SuppressWarnings("unchecked")
        Select<ItemKind> kind = _get(Select.class, spec -> spec.withId("drafts-kind"));
        kind.setValue(ItemKind.SINGLE_CHOICE);
        _get(Checkbox.class, spec -> spec.withId("drafts-select-all")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("drafts-accept-selected")));

        assertThat(status(choice)).isEqualTo(ItemStatus.ACCEPTED);
        assertThat(status(bestCard)).as("only the drafts shown were selected").isEqualTo(ItemStatus.DRAFT);
    }

    @Test
    void theKeyboardAcceptsRejectsSelectsAndMovesOnAFocusedRow() {
        press(row(bestCard), "a");
        assertThat(status(bestCard)).isEqualTo(ItemStatus.ACCEPTED);

        press(row(choice), "r");
        assertThat(status(choice)).isEqualTo(ItemStatus.REJECTED);

        press(row(weakCard), "x");
        assertThat(_get(row(weakCard), Checkbox.class).getValue()).isTrue();

        press(row(secondCard), "e");
        assertThat(_get(com.vaadin.flow.component.dialog.Dialog.class, spec -> spec.withId("draft-edit-dialog")).isOpened())
                .isTrue();
    }

    @Test
    void aDraftIsEditedInADialogAndAcceptedWithoutLeavingTheReview() {
        _click(_get(row(secondCard), Button.class, spec -> spec.withClasses("draft-edit")));
        var dialog = _get(com.vaadin.flow.component.dialog.Dialog.class, spec -> spec.withId("draft-edit-dialog"));
        _get(dialog, TextArea.class, spec -> spec.withId("item-prompt"))
                .setValue("According to the statement, how many people were wounded in Khojaly?");

        _click(_get(dialog, Button.class, spec -> spec.withId("draft-edit-accept")));

        Item saved = items.findElseThrow(secondCard.id()).item();
        assertThat(saved.status()).isEqualTo(ItemStatus.ACCEPTED);
        assertThat(saved.prompt()).endsWith("wounded in Khojaly?");
        assertThat(currentView()).isInstanceOf(DraftReviewView.class);
        assertThat(prompts()).doesNotContain(secondCard.prompt(), saved.prompt());
    }

    @Test
    void anotherTeacherAndAStudentCannotSeeTheDrafts() {
        newSession();
        login(createAccount("colleague", Role.TEACHER));
        open(ItemRoutes.drafts(document));
        assertThat(_get(Paragraph.class, spec -> spec.withId("drafts-message")).getText())
                .isEqualTo("This document does not exist, or it is not yours.");
        assertThat(rows()).isEmpty();

        newSession();
        login(createAccount("pupil", Role.STUDENT));
        open(ItemRoutes.drafts(document));
        assertThat(currentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(Set.of(bestCard.id())).isNotEmpty();
    }
}
