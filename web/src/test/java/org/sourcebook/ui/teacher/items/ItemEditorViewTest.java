package org.sourcebook.ui.teacher.items;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemKind;
import org.sourcebook.content.item.ItemOrigin;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.source.DocumentId;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.item.ItemQuery;
import org.sourcebook.item.StoredItem;
import org.sourcebook.ui.ReimportedLesson;
import org.sourcebook.ui.base.AccessDeniedView;

class ItemEditorViewTest extends ItemViewTest {

    @Test
    void aSingleChoiceShowsItsProblemsWhileTheTeacherTypes() {
        teacherWithDrafts();
        newItem(ItemKind.SINGLE_CHOICE);

        assertThat(problems()).contains("The prompt must not be empty.", "Every option needs a text.",
                "A single choice needs exactly one correct option.");
        assertThat(field(TextArea.class, "item-prompt").getErrorMessage()).isEqualTo("The prompt must not be empty.");

        field(TextArea.class, "item-prompt").setValue("According to the source, where did it happen?");
        List<TextField> options = _find(TextField.class, spec -> spec.withClasses("option-text"));
        options.get(0).setValue("Khojaly");
        options.get(1).setValue("Shusha");
        List<Checkbox> correct = _find(Checkbox.class, spec -> spec.withClasses("option-correct"));
        correct.get(0).setValue(true);
        correct.get(1).setValue(true);

        assertThat(field(TextArea.class, "item-prompt").isInvalid()).isFalse();
        assertThat(problems()).containsExactly("A single choice needs exactly one correct option.");
        correct.get(1).setValue(false);
        assertThat(problems()).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("item-valid")).getText())
                .isEqualTo("No problems: this item is ready to use.");
    }

    @Test
    void numericClozeMatchingAndOrderingProblemsAreTranslated() {
        teacherWithDrafts();
        newItem(ItemKind.NUMERIC);
        field(TextField.class, "numeric-value").setValue("many");
        assertThat(field(TextField.class, "numeric-value").getErrorMessage()).isEqualTo("This is not a number.");
        field(TextField.class, "numeric-value").setValue("613");
        field(TextField.class, "numeric-tolerance").setValue("-1");
        assertThat(problems()).contains("The tolerance must not be negative.");

        newItem(ItemKind.CLOZE);
        field(TextArea.class, "item-prompt").setValue("The town was founded in 1613.");
        assertThat(problems()).contains("The text must contain the marker of every gap ({{1}}, {{2}}, ...) exactly once.",
                "Every gap needs at least one accepted answer.");
        assertThat(field(TextArea.class, "item-prompt").getErrorMessage()).contains("{{1}}");
        field(TextArea.class, "item-prompt").setValue("The town was founded in {{1}}.");
        _find(TextArea.class, spec -> spec.withClasses("cloze-gap")).get(0).setValue("1613");
        assertThat(problems()).isEmpty();

        newItem(ItemKind.MATCHING);
        _click(_find(Button.class, spec -> spec.withClasses("rows-remove")).get(0));
        assertThat(problems()).contains("Matching needs at least two pairs.", "Both sides of every pair need a text.");

        newItem(ItemKind.ORDERING);
        List<TextField> texts = _find(TextField.class, spec -> spec.withClasses("entry-text"));
        texts.get(0).setValue("Founded");
        texts.get(1).setValue("Destroyed");
        _find(TextField.class, spec -> spec.withClasses("entry-date")).get(0).setValue("1613");
        assertThat(problems()).contains("When one entry has a date, every entry needs one.");
    }

    @Test
    void editingADraftSavesItAndKeepsItsOrigin() {
        teacherWithDrafts();
        StoredItem card = stored(ItemKind.FACT_CARD, ItemStatus.DRAFT).get(0);
        open(ItemRoutes.editor(card.item().id()));

        assertThat(_get(Span.class, spec -> spec.withClasses("citation-quote")).getText())
                .isEqualTo(card.item().citations().get(0).quote());
        field(TextArea.class, "item-prompt").setValue("According to the source, what happened in Khojaly?");
        _click(field(Button.class, "item-save"));

        Item saved = items.findElseThrow(card.item().id()).item();
        assertThat(saved.prompt()).isEqualTo("According to the source, what happened in Khojaly?");
        assertThat(saved.info().origin()).isEqualTo(ItemOrigin.DRAFTED);
        assertThat(saved.citations()).isEqualTo(card.item().citations());
    }

    @Test
    void aConflictingSaveOffersReloadWhichShowsTheOtherEdit() {
        teacherWithDrafts();
        StoredItem card = stored(ItemKind.FACT_CARD, ItemStatus.DRAFT).get(0);
        open(ItemRoutes.editor(card.item().id()));
        items.update(card.item().withInfo(card.item().info().withPrompt("Saved in another session")), card.version());

        field(TextArea.class, "item-prompt").setValue("My edit");
        _click(field(Button.class, "item-save"));

        assertThat(_get(Dialog.class, spec -> spec.withId("item-conflict")).isOpened()).isTrue();
        assertThat(items.findElseThrow(card.item().id()).item().prompt()).isEqualTo("Saved in another session");
        _click(field(Button.class, "conflict-reload"));

        assertThat(field(TextArea.class, "item-prompt").getValue()).isEqualTo("Saved in another session");
        field(TextArea.class, "item-prompt").setValue("My edit after reloading");
        _click(field(Button.class, "item-save"));
        assertThat(items.findElseThrow(card.item().id()).item().prompt()).isEqualTo("My edit after reloading");
    }

    @Test
    void aConflictingSaveCanKeepMineAsACopy() {
        teacherWithDrafts();
        StoredItem card = stored(ItemKind.FACT_CARD, ItemStatus.DRAFT).get(0);
        long before = items.count(ItemQuery.all());
        open(ItemRoutes.editor(card.item().id()));
        items.update(card.item().withInfo(card.item().info().withPrompt("Saved in another session")), card.version());

        field(TextArea.class, "item-prompt").setValue("My edit");
        _click(field(Button.class, "item-save"));
        _click(field(Button.class, "conflict-copy"));

        assertThat(items.findElseThrow(card.item().id()).item().prompt()).isEqualTo("Saved in another session");
        List<StoredItem> mine = items.find(ItemQuery.all().withText("My edit"));
        assertThat(mine).singleElement().satisfies(copy -> {
            assertThat(copy.item().id()).isNotEqualTo(card.item().id());
            assertThat(copy.item().canonicalAnswer()).isEqualTo(card.item().canonicalAnswer());
        });
        assertThat(items.count(ItemQuery.all())).isEqualTo(before + 1);
        assertThat(field(TextArea.class, "item-prompt").getValue()).isEqualTo("My edit");
    }

    @Test
    void aNewItemCitesThePassageNamedInTheAddress() {
        DocumentId document = teacherWithDrafts();
        DocumentVersion version = documents.findVersionElseThrow(document, 1);
        String quote = version.quote(version.sentences().get(1));
        int start = version.sentences().get(1).start();
        open(ItemRoutes.newItemCiting(document, 1, start, start + quote.length()));

        assertThat(_get(Span.class, spec -> spec.withClasses("citation-quote")).getText()).isEqualTo(quote);
        chooseKind(ItemKind.FACT_CARD);
        field(TextArea.class, "item-prompt").setValue("According to the source, what is this sentence about?");
        field(TextArea.class, "fact-card-answer").setValue("The anniversary");
        _click(field(Button.class, "item-save"));

        List<StoredItem> written = items.find(ItemQuery.all().withText("what is this sentence about"));
        assertThat(written).singleElement().satisfies(stored -> {
            assertThat(stored.item().info().origin()).isEqualTo(ItemOrigin.WRITTEN);
            assertThat(stored.item().status()).isEqualTo(ItemStatus.ACCEPTED);
            assertThat(stored.item().citations()).singleElement().satisfies(span -> {
                assertThat(span.quote()).isEqualTo(quote);
                assertThat(span.isValidIn(version)).isTrue();
            });
        });
        assertThat(currentView()).isInstanceOf(ItemEditorView.class);
        assertThat(field(TextArea.class, "fact-card-answer").getValue()).isEqualTo("The anniversary");
    }

    @Test
    void invalidCitationParametersGiveAClearMessage() {
        DocumentId document = teacherWithDrafts();
        String expected = "The passage to cite could not be found: the link names a document, version or position that"
                + " does not exist or is not yours.";

        for (String query : List.of("document=" + document.value() + "&version=1&start=10&end=99999999",
                "document=" + document.value() + "&version=7&start=0&end=5",
                "document=not-a-uuid&version=1&start=0&end=5",
                "document=" + document.value() + "&version=1&start=5")) {
            open("teacher/items/new?" + query);
            assertThat(field(Paragraph.class, "item-editor-message").getText()).as(query).isEqualTo(expected);
            assertThat(_find(RadioButtonGroup.class)).isEmpty();
        }
    }

    @Test
    void anotherTeacherCannotOpenTheItemAndAStudentIsDenied() {
        teacherWithDrafts();
        StoredItem card = stored(ItemKind.FACT_CARD, ItemStatus.DRAFT).get(0);

        newSession();
        login(createAccount("colleague", Role.TEACHER));
        open(ItemRoutes.editor(card.item().id()));
        assertThat(field(Paragraph.class, "item-editor-message").getText())
                .isEqualTo("This item does not exist, or it is not yours.");
        assertThat(_find(TextArea.class)).isEmpty();

        newSession();
        login(createAccount("pupil", Role.STUDENT));
        open(ItemRoutes.editor(card.item().id()));
        assertThat(currentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void aFlaggedItemShowsWhyBesideThePassageNowInItsPlaceAndReCitingTakesTheNewNumber() {
        ReimportedLesson lesson = reimportedLesson();
        open(ItemRoutes.editor(lesson.wounded().id()));

        ReviewPanel panel = _get(ReviewPanel.class);
        assertThat(_get(panel, Paragraph.class, spec -> spec.withClasses("review-reason")).getText())
                .isEqualTo("The passage this item cites was changed in version 2 of “Khojaly”.");
        Paragraph before = _get(panel, Paragraph.class, spec -> spec.withClasses("review-old"));
        Paragraph after = _get(panel, Paragraph.class, spec -> spec.withClasses("review-new"));
        assertThat(before.getElement().getTextRecursively()).isEqualTo(ReimportedLesson.SENTENCES.get(1));
        assertThat(after.getElement().getTextRecursively())
                .isEqualTo("Another 780 people were wounded and 1,275 taken captive.");
        assertThat(marked(before, "del")).containsExactly("620");
        assertThat(marked(after, "ins")).containsExactly("780");
        Checkbox update = _get(Checkbox.class, spec -> spec.withId("review-update-answer"));
        assertThat(update.getLabel()).isEqualTo("Also change the answer: 620 people → 780 people");
        assertThat(update.getHelperText()).isEqualTo("The same value changes in the feedback too.");
        assertThat(update.getValue()).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("item-valid")).getText())
                .isEqualTo("Its fields have no problems, but the item waits for your review: see why above.");

        _click(_get(Button.class, spec -> spec.withId("review-recite")));

        expectNotifications("The item now cites the new passage and is back to what it was before the re-import.");
        assertThat(_find(ReviewPanel.class)).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("item-status")).getText()).startsWith("Status: Accepted");
        assertThat(field(TextField.class, "numeric-value").getValue()).isEqualTo("780");
        Item recited = lesson.stored(lesson.wounded());
        assertThat(recited.canonicalAnswer()).isEqualTo("780 people");
        assertThat(recited.info().feedback()).isEqualTo("The source says 780 were wounded.");
        assertThat(recited.citations().get(0).version()).isEqualTo(2);
    }

    @Test
    void theTeacherCanReCiteWithoutChangingTheAnswerOrReject() {
        ReimportedLesson lesson = reimportedLesson();
        open(ItemRoutes.editor(lesson.wounded().id()));

        _get(Checkbox.class, spec -> spec.withId("review-update-answer")).setValue(false);
        _click(_get(Button.class, spec -> spec.withId("review-recite")));
        expectNotifications("The item now cites the new passage and is back to what it was before the re-import.");

        assertThat(lesson.stored(lesson.wounded()).canonicalAnswer()).isEqualTo("620 people");
        assertThat(lesson.stored(lesson.wounded()).citations().get(0).version()).isEqualTo(2);

        open(ItemRoutes.editor(lesson.captive().id()));
        assertThat(_find(Checkbox.class, spec -> spec.withId("review-update-answer"))).as("1,275 did not change").isEmpty();
        _click(_get(Button.class, spec -> spec.withId("review-reject")));

        expectNotifications("The item is rejected; re-imports will leave it rejected.");
        assertThat(lesson.stored(lesson.captive()).status()).isEqualTo(ItemStatus.REJECTED);
    }

    @Test
    void aRemovedPassageHasNothingToReCiteAndKeepingTheOldVersionSettlesTheItem() {
        ReimportedLesson lesson = reimportedLesson();
        open(ItemRoutes.editor(lesson.inhabitants().id()));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("review-reason")).getText()).isEqualTo(
                "The passage this item cites is no longer in version 2 of “Khojaly”: it was removed or rewritten.");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("review-new")).getText())
                .isEqualTo("Nothing like it stands in version 2.");
        assertThat(_find(Button.class, spec -> spec.withId("review-recite"))).isEmpty();

        _click(_get(Button.class, spec -> spec.withText("Keep citing version 1")));

        expectNotifications("The item keeps citing the version it cites; later re-imports will not flag it again.");
        assertThat(lesson.stored(lesson.inhabitants()).status()).isEqualTo(ItemStatus.ACCEPTED);
        assertThat(lesson.stored(lesson.inhabitants()).citations().get(0).version()).isEqualTo(1);
        assertThat(_find(ReviewPanel.class)).isEmpty();
    }

    @Test
    void aDecisionOnAnItemChangedInAnotherTabChangesNothingAndShowsTheItemAsItIs() {
        ReimportedLesson lesson = reimportedLesson();
        open(ItemRoutes.editor(lesson.wounded().id()));
        lesson.reject(lesson.wounded());

        _click(_get(Button.class, spec -> spec.withId("review-recite")));

        expectNotifications("This item was changed elsewhere, so nothing was done. It is shown as it is now.");
        assertThat(lesson.stored(lesson.wounded()).status()).isEqualTo(ItemStatus.REJECTED);
        assertThat(_get(Paragraph.class, spec -> spec.withId("item-status")).getText()).startsWith("Status: Rejected");
    }

    /** A new teacher, signed in, whose published lesson's document was re-imported, flagging all three items. */
    private ReimportedLesson reimportedLesson() {
        ReimportedLesson lesson = ReimportedLesson.ofSignedInTeacher(this);
        lesson.reimport(ReimportedLesson.V2);
        return lesson;
    }

    /** The texts of the {@code tag} elements (del, ins) inside {@code paragraph}. */
    private static List<String> marked(Paragraph paragraph, String tag) {
        return paragraph.getElement().getChildren()
                .filter(child -> !child.isTextNode() && tag.equals(child.getTag()))
                .map(Element::getText)
                .toList();
    }

    private static void newItem(ItemKind kind) {
        open("teacher/items/new");
        chooseKind(kind);
    }

    @SuppressWarnings("unchecked")
    private static void chooseKind(ItemKind kind) {
        RadioButtonGroup<ItemKind> kinds = _get(RadioButtonGroup.class, spec -> spec.withId("new-item-kind"));
        kinds.setValue(kind);
        assertThat(field(com.vaadin.flow.component.html.H3.class, "item-form-kind").getText()).isEqualTo(ItemTexts.kind(kind));
    }

    private static List<String> problems() {
        return _find(UnorderedList.class, spec -> spec.withId("item-problems")).stream()
                .flatMap(list -> list.getChildren())
                .map(item -> ((ListItem) item).getText())
                .toList();
    }

    private static <T extends Component> T field(Class<T> type, String id) {
        return _get(type, spec -> spec.withId(id));
    }
}
