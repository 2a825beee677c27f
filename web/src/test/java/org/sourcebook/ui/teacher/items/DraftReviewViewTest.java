package org.sourcebook.ui.teacher.items;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.item.ItemKind;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.source.DocumentId;
import org.sourcebook.item.StoredItem;
import org.sourcebook.ui.base.AccessDeniedView;

class DraftReviewViewTest extends ItemViewTest {

    @Test
    void draftsAreGroupedByKindWithCountsAndRankedByQuality() {
        DocumentId document = teacherWithDrafts();
        open(ItemRoutes.drafts(document));

        assertThat(currentView()).isInstanceOf(DraftReviewView.class);
        List<StoredItem> cards = stored(ItemKind.SINGLE_CHOICE, ItemStatus.DRAFT);
        Details group = openGroup(ItemKind.SINGLE_CHOICE);
        assertThat(group.getSummaryText()).isEqualTo("Single-choice questions (" + cards.size() + ")");
        List<Div> rows = _find(group, Div.class, spec -> spec.withClasses("draft-row"));
        assertThat(rows).hasSize(cards.size());
        List<Double> shownQualities = rows.stream()
                .map(row -> Double.parseDouble(_get(row, Span.class, spec -> spec.withClasses("draft-quality"))
                        .getText().replace("Quality ", "")))
                .toList();
        assertThat(shownQualities).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        Div bestRow = rows.get(0);
        StoredItem best = cards.stream()
                .filter(card -> bestRow.getId().orElseThrow().equals("draft-" + card.item().id().value()))
                .findFirst().orElseThrow();
        assertThat(best.item().info().qualityScore()).isEqualTo(cards.get(0).item().info().qualityScore());
        assertThat(text(bestRow, "draft-prompt")).isEqualTo(best.item().prompt());
        assertThat(text(bestRow, "draft-answer")).isEqualTo("Answer: " + best.item().canonicalAnswer());
        assertThat(text(bestRow, "draft-quote")).isEqualTo("Cited: " + best.item().citations().get(0).quote());
        assertThat(_find(Details.class)).extracting(Details::getSummaryText)
                .anyMatch(summary -> summary.startsWith("Single-choice questions ("));
    }

    @Test
    void acceptAndRejectRemoveTheRowAndUpdateTheCount() {
        DocumentId document = teacherWithDrafts();
        open(ItemRoutes.drafts(document));
        List<StoredItem> cards = stored(ItemKind.SINGLE_CHOICE, ItemStatus.DRAFT);
        int before = cards.size();

        _click(first("draft-accept"));
        assertThat(openGroup(ItemKind.SINGLE_CHOICE).getSummaryText()).isEqualTo("Single-choice questions (" + (before - 1) + ")");
        _click(first("draft-reject"));

        assertThat(openGroup(ItemKind.SINGLE_CHOICE).getSummaryText()).isEqualTo("Single-choice questions (" + (before - 2) + ")");
        assertThat(items.findElseThrow(cards.get(0).item().id()).item().status()).isEqualTo(ItemStatus.ACCEPTED);
        assertThat(items.findElseThrow(cards.get(1).item().id()).item().status()).isEqualTo(ItemStatus.REJECTED);
    }

    @Test
    void bulkAcceptTakesTheSelectedRowsOrTheWholeGroup() {
        DocumentId document = teacherWithDrafts();
        open(ItemRoutes.drafts(document));
        List<StoredItem> choices = stored(ItemKind.SINGLE_CHOICE, ItemStatus.DRAFT);

        List<Checkbox> boxes = _find(openGroup(ItemKind.SINGLE_CHOICE), Checkbox.class, spec -> spec.withClasses("draft-select"));
        boxes.get(0).setValue(true);
        boxes.get(2).setValue(true);
        _click(_get(openGroup(ItemKind.SINGLE_CHOICE), Button.class, spec -> spec.withClasses("drafts-accept-selected")));

        assertThat(stored(ItemKind.SINGLE_CHOICE, ItemStatus.ACCEPTED)).extracting(stored -> stored.item().id())
                .containsExactlyInAnyOrder(choices.get(0).item().id(), choices.get(2).item().id());
        assertThat(openGroup(ItemKind.SINGLE_CHOICE).getSummaryText()).isEqualTo("Single-choice questions (" + (choices.size() - 2) + ")");

        _click(_get(openGroup(ItemKind.SINGLE_CHOICE), Button.class, spec -> spec.withClasses("drafts-accept-group")));

        assertThat(_find(Details.class, spec -> spec.withId("drafts-group-single-choice"))).isEmpty();
        assertThat(stored(ItemKind.SINGLE_CHOICE, ItemStatus.DRAFT)).isEmpty();
        assertThat(stored(ItemKind.FACT_CARD, ItemStatus.DRAFT)).as("other groups are left as they were").isNotEmpty();
    }

    @Test
    void acceptingAllDraftsOfTheDocumentEmptiesTheReview() {
        DocumentId document = teacherWithDrafts();
        open(ItemRoutes.drafts(document));

        _click(_get(Button.class, spec -> spec.withId("drafts-accept-all")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("drafts-summary")).getText()).isEqualTo("Drafts to review: 0");
        assertThat(_find(Details.class)).isEmpty();
    }

    @Test
    void aRowChangedElsewhereIsNotOverwritten() {
        DocumentId document = teacherWithDrafts();
        open(ItemRoutes.drafts(document));
        StoredItem best = stored(ItemKind.SINGLE_CHOICE, ItemStatus.DRAFT).get(0);
        items.reject(best.item().id(), best.version());

        _click(first("draft-accept"));

        assertThat(items.findElseThrow(best.item().id()).item().status()).isEqualTo(ItemStatus.REJECTED);
    }

    @Test
    void aDraftFailingTheDraftingChecksShowsTranslatedWarnings() {
        DocumentId document = teacherWithDrafts();
        StoredItem best = stored(ItemKind.SINGLE_CHOICE, ItemStatus.DRAFT).get(0);
        items.update(best.item().withInfo(best.item().info().withPrompt("What?")), best.version());
        open(ItemRoutes.drafts(document));

        Div row = _get(openGroup(ItemKind.SINGLE_CHOICE), Div.class, spec -> spec.withId("draft-" + best.item().id().value()));
        assertThat(_find(row, Paragraph.class, spec -> spec.withClasses("draft-warning"))).extracting(Paragraph::getText)
                .containsExactlyInAnyOrder("The prompt is very short or very long.",
                        "The prompt does not say that it follows the source.");
        Div other = _find(openGroup(ItemKind.SINGLE_CHOICE), Div.class, spec -> spec.withClasses("draft-row")).stream()
                .filter(candidate -> !candidate.equals(row)).findFirst().orElseThrow();
        assertThat(_find(other, Paragraph.class, spec -> spec.withClasses("draft-warning"))).isEmpty();
    }

    @Test
    void editOpensTheEditor() {
        DocumentId document = teacherWithDrafts();
        open(ItemRoutes.drafts(document));

        _click(first("draft-edit"));

        assertThat(currentView()).isInstanceOf(ItemEditorView.class);
    }

    @Test
    void anotherTeacherAndAStudentCannotSeeTheDrafts() {
        DocumentId document = teacherWithDrafts();
        int drafts = stored(ItemKind.SINGLE_CHOICE, ItemStatus.DRAFT).size();

        newSession();
        login(createAccount("colleague", Role.TEACHER));
        open(ItemRoutes.drafts(document));
        assertThat(_get(Paragraph.class, spec -> spec.withId("drafts-message")).getText())
                .isEqualTo("This document does not exist, or it is not yours.");
        assertThat(_find(Details.class)).isEmpty();
        assertThat(stored(ItemKind.SINGLE_CHOICE, ItemStatus.DRAFT)).isEmpty();

        newSession();
        login(createAccount("pupil", Role.STUDENT));
        open(ItemRoutes.drafts(document));
        assertThat(currentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(drafts).isPositive();
    }

    private static Details openGroup(ItemKind kind) {
        Details group = _get(Details.class, spec -> spec.withId("drafts-group-" + ItemTexts.key(kind)));
        group.setOpened(true);
        return group;
    }

    /** The button of the first (best) fact card. */
    private static Button first(String className) {
        return _find(openGroup(ItemKind.SINGLE_CHOICE), Button.class, spec -> spec.withClasses(className)).get(0);
    }

    private static String text(Div row, String className) {
        return _get(row, Paragraph.class, spec -> spec.withClasses(className)).getText();
    }
}
