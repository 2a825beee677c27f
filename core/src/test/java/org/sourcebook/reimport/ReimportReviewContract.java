package org.sourcebook.reimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.item.Numeric;
import org.sourcebook.content.source.DocumentMetadata;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.RevisedText;
import org.sourcebook.content.source.ReviewReason;
import org.sourcebook.item.NoSuchItemException;
import org.sourcebook.item.ReanchoringReport;
import org.sourcebook.item.StoredItem;
import org.sourcebook.source.LittleTextKeptException;
import org.sourcebook.source.ReimportMode;
import org.sourcebook.source.ReimportReport;
import org.sourcebook.testsupport.SignedIn;
import org.springframework.security.access.AccessDeniedException;

/**
 * Re-imports a teacher can trust, on every supported database: no change stores nothing, an
 * unrelated file is refused until confirmed, a rejection survives, flagged items are counted once,
 * and each flagged item says why and is settled in one step.
 */
abstract class ReimportReviewContract extends ReimportFixture {

    @Test
    void anIdenticalFileStoresNothingAndReportsNoChangeNotEvenTheItemsFlaggedBefore() {
        Item wounded = add(numeric(620, SENTENCES.get(1)));
        reimport(V2);

        ReimportReport again = reimport(V2);

        assertThat(again.stored()).isFalse();
        assertThat(again.items()).isEqualTo(ReanchoringReport.NONE);
        assertThat(again.document().latestVersion()).isEqualTo(2);
        assertThat(teacher.get(() -> documents.versionHistory(document.id()))).hasSize(2);
        assertThat(status(wounded)).isEqualTo(ItemStatus.NEEDS_REVIEW);
    }

    @Test
    void aFileThatKeepsLittleOfTheTextIsRefusedAndStoresNothingUntilTheTeacherConfirms() {
        Item wounded = add(numeric(620, SENTENCES.get(1)));
        String unrelated = RevisedText.UNRELATED;

        assertThatThrownBy(() -> reimport(unrelated))
                .isInstanceOfSatisfying(LittleTextKeptException.class, refused -> {
                    assertThat(refused.keptShare()).isZero();
                    assertThat(refused.latestVersion()).isEqualTo(1);
                });

        assertThat(teacher.get(() -> documents.versionHistory(document.id()))).hasSize(1);
        assertThat(status(wounded)).isEqualTo(ItemStatus.ACCEPTED);
        ReimportReport confirmed = teacher.get(() -> documents.reimportText(document.id(), unrelated,
                DocumentMetadata.titled("Khojaly"), FILE, ReimportMode.EVEN_IF_LITTLE_IS_KEPT));
        assertThat(confirmed.items()).isEqualTo(new ReanchoringReport(0, 1, 0, 0));
    }

    @Test
    void aRejectionSurvivesReimportsAndItemsStillWaitingAreNotCountedAsNew() {
        Item attack = add(card(SENTENCES.get(0)));
        Item inhabitants = add(card(SENTENCES.get(2)).withStatus(ItemStatus.DRAFT));
        Item wounded = add(numeric(620, SENTENCES.get(1)));
        teacher.run(() -> items.reject(inhabitants.id(), items.findElseThrow(inhabitants.id()).version()));

        ReimportReport second = reimport(V2);
        ReimportReport third = reimport(V2 + " A closing sentence was added.");

        assertThat(second.items()).isEqualTo(new ReanchoringReport(1, 1, 0, 1));
        assertThat(third.items()).isEqualTo(new ReanchoringReport(1, 0, 1, 1));
        assertThat(status(inhabitants)).isEqualTo(ItemStatus.REJECTED);
        assertThat(status(wounded)).isEqualTo(ItemStatus.NEEDS_REVIEW);
        assertThat(teacher.get(() -> items.findElseThrow(attack.id())).item().citations().get(0).version()).isEqualTo(3);
    }

    @Test
    void aChangedSentenceIsExplainedAndReCitingTakesTheNewNumberAndBringsTheItemBackAccepted() {
        Item wounded = add(numeric(620, SENTENCES.get(1)));
        reimport(V2);

        ItemReview review = teacher.get(() -> reviews.explain(wounded.id()));

        assertThat(review.flagged()).singleElement().satisfies(flagged -> {
            assertThat(flagged.change().reason()).isEqualTo(ReviewReason.QUOTE_CHANGED);
            assertThat(flagged.change().citation().quote()).isEqualTo(SENTENCES.get(1));
            assertThat(flagged.change().suggested()).map(span -> span.quote())
                    .hasValue("Another 780 people were wounded and 1,275 taken captive.");
            assertThat(flagged.latestVersion()).isEqualTo(2);
            assertThat(flagged.documentTitle()).isEqualTo("Khojaly");
        });
        assertThat(review.canRecite()).isTrue();
        assertThat(review.answerUpdated()).map(Item::canonicalAnswer).hasValue("780 people");

        StoredItem recited = teacher.get(() -> reviews.recite(wounded.id(), review.item().version(), true));

        DocumentVersion second = teacher.get(() -> documents.findVersionElseThrow(document.id(), 2));
        assertThat(recited.item().status()).isEqualTo(ItemStatus.ACCEPTED);
        assertThat(((Numeric) recited.item()).value()).isEqualByComparingTo("780");
        assertThat(recited.item().info().feedback()).isEqualTo("The source says 780 were wounded.");
        assertThat(recited.item().citations()).singleElement().satisfies(span -> assertThat(span.isValidIn(second)).isTrue());
    }

    @Test
    void reCitingWithoutTheAnswerUpdateKeepsTheOldAnswer() {
        Item wounded = add(numeric(620, SENTENCES.get(1)));
        reimport(V2);

        StoredItem recited = teacher.get(() -> reviews.recite(wounded.id(), items.findElseThrow(wounded.id()).version(), false));

        assertThat(((Numeric) recited.item()).value()).isEqualByComparingTo("620");
        assertThat(recited.item().citations().get(0).version()).isEqualTo(2);
    }

    @Test
    void keepingTheOldVersionRestoresTheStatusAndLaterReimportsLeaveTheItemAlone() {
        Item wounded = add(numeric(620, SENTENCES.get(1)));
        Item draft = add(card(SENTENCES.get(1)).withStatus(ItemStatus.DRAFT));
        reimport(V2);

        teacher.run(() -> reviews.keepAsItIs(wounded.id(), items.findElseThrow(wounded.id()).version()));
        teacher.run(() -> reviews.keepAsItIs(draft.id(), items.findElseThrow(draft.id()).version()));
        ReimportReport third = reimport(V2 + " A closing sentence was added.");

        assertThat(third.items()).isEqualTo(new ReanchoringReport(0, 0, 0, 2));
        assertThat(status(wounded)).isEqualTo(ItemStatus.ACCEPTED);
        assertThat(status(draft)).isEqualTo(ItemStatus.DRAFT);
        assertThat(teacher.get(() -> items.findElseThrow(wounded.id())).item().citations().get(0).isValidIn(first)).isTrue();
    }

    @Test
    void aRemovedSentenceHasNothingToReCiteAndTryingChangesNothing() {
        Item inhabitants = add(card(SENTENCES.get(2)));
        reimport(V2);
        StoredItem before = teacher.get(() -> items.findElseThrow(inhabitants.id()));

        ItemReview review = teacher.get(() -> reviews.explain(inhabitants.id()));

        assertThat(review.flagged()).singleElement()
                .satisfies(flagged -> assertThat(flagged.change().reason()).isEqualTo(ReviewReason.QUOTE_VANISHED));
        assertThat(review.canRecite()).isFalse();
        assertThatThrownBy(() -> teacher.run(() -> reviews.recite(inhabitants.id(), before.version(), true)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(teacher.get(() -> items.findElseThrow(inhabitants.id()))).isEqualTo(before);
    }

    @Test
    void anItemThatDoesNotWaitForReviewCannotBeSettled() {
        Item attack = add(card(SENTENCES.get(0)));

        assertThatThrownBy(() -> teacher.run(() -> reviews.keepAsItIs(attack.id(), items.findElseThrow(attack.id()).version())))
                .isInstanceOf(IllegalStateException.class);
        assertThat(status(attack)).isEqualTo(ItemStatus.ACCEPTED);
    }

    @Test
    void anotherTeacherFindsNoneOfMyItemsAndStudentsAreRefused() {
        Item wounded = add(numeric(620, SENTENCES.get(1)));
        reimport(V2);
        SignedIn colleague = people.newTeacher();

        assertThatThrownBy(() -> colleague.get(() -> reviews.explain(wounded.id()))).isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> colleague.get(() -> reviews.recite(wounded.id(), 0, true))).isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> colleague.get(() -> reviews.keepAsItIs(wounded.id(), 0))).isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> SignedIn.as("pupil", Role.STUDENT).get(() -> reviews.explain(wounded.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(status(wounded)).isEqualTo(ItemStatus.NEEDS_REVIEW);
    }
}
