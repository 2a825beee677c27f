package org.sourcebook.content.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sourcebook.content.source.TextDiff.Replacement;

/** {@link Reanchoring#review} and {@link Reanchoring#suggest}: what a teacher is shown about a flagged citation. */
class CitationReviewTest {

    private static final DocumentId DOCUMENT = DocumentId.random();
    private static final TextSegmenter SEGMENTER = new EnglishSegmenter();
    private static final String OLD = "Khojaly was attacked at night. Another 620 people were wounded and 1,275 taken captive. "
            + "Justice for Khojaly!";

    @Test
    void anEditedSentenceIsSuggestedWithTheChangedNumber() {
        DocumentVersion cited = version(1, OLD);
        DocumentVersion next = version(2, "Preface.\n\n" + OLD.replace("620", "780"));
        Span citation = cite(cited, "Another 620 people were wounded and 1,275 taken captive.");

        CitationChange change = Reanchoring.review(citation, cited, next).orElseThrow();

        assertThat(change.reason()).isEqualTo(ReviewReason.QUOTE_CHANGED);
        assertThat(change.suggested()).hasValueSatisfying(span -> {
            assertThat(span.quote()).isEqualTo("Another 780 people were wounded and 1,275 taken captive.");
            assertThat(span.version()).isEqualTo(2);
            assertThat(span.isValidIn(next)).isTrue();
        });
        assertThat(change.replacements()).containsExactly(new Replacement("620", "780"));
    }

    @Test
    void aQuoteOfHalfASentenceMapsToTheSameHalf() {
        DocumentVersion cited = version(1, OLD);
        DocumentVersion next = version(2, OLD.replace("Another 620 people", "Another 780 people"));

        Span suggested = Reanchoring.suggest(cite(cited, "620 people were wounded"), cited, next).orElseThrow();

        assertThat(suggested.quote()).isEqualTo("780 people were wounded");
    }

    @Test
    void aRemovedSentenceHasNoSuggestion() {
        DocumentVersion cited = version(1, OLD);
        DocumentVersion next = version(2, "Khojaly was attacked at night. Justice for Khojaly!");

        CitationChange change = Reanchoring.review(cite(cited, "Another 620 people were wounded and 1,275 taken captive."),
                cited, next).orElseThrow();

        assertThat(change.reason()).isEqualTo(ReviewReason.QUOTE_VANISHED);
        assertThat(change.suggested()).isEmpty();
        assertThat(change.diff()).isEmpty();
        assertThat(change.replacements()).isEmpty();
    }

    @Test
    void aSentenceRewrittenBeyondRecognitionHasNoSuggestion() {
        DocumentVersion cited = version(1, OLD);
        DocumentVersion next = version(2, "Khojaly was attacked at night. The wounded numbered many hundreds. Justice for Khojaly!");

        assertThat(Reanchoring.suggest(cite(cited, "Another 620 people were wounded and 1,275 taken captive."), cited, next))
                .isEmpty();
    }

    @Test
    void ofTwoEquallyAlikeSentencesTheOneNearTheOldPlaceIsSuggested() {
        String old = "Alpha one. Beta had 5 men. Gamma two. Delta three. Epsilon four.";
        DocumentVersion cited = version(1, old);
        DocumentVersion next = version(2, "Alpha one. Beta had 6 men. Gamma two. Delta three. Beta had 7 men.");

        Span suggested = Reanchoring.suggest(cite(cited, "Beta had 5 men."), cited, next).orElseThrow();

        assertThat(suggested.quote()).isEqualTo("Beta had 6 men.");
    }

    @Test
    void aCitationThatCanBeCarriedOverNeedsNoReview() {
        DocumentVersion cited = version(1, OLD);

        assertThat(Reanchoring.review(cite(cited, "Justice for Khojaly!"), cited, version(2, "Intro. " + OLD))).isEmpty();
    }

    @Test
    void anAmbiguousQuoteIsExplainedWithoutASuggestion() {
        DocumentVersion cited = version(1, "xxYesx");
        CitationChange change = Reanchoring.review(cite(cited, "Yes"), cited, version(2, "YesqqqqqYesq")).orElseThrow();

        assertThat(change.reason()).isEqualTo(ReviewReason.QUOTE_AMBIGUOUS);
        assertThat(change.suggested()).isEmpty();
    }

    private static DocumentVersion version(int number, String text) {
        return DocumentVersion.of(DOCUMENT, number, text, DocumentMetadata.titled("Khojaly"), SEGMENTER);
    }

    private static Span cite(DocumentVersion version, String quote) {
        int start = version.text().indexOf(quote);
        return version.cite(new TextRange(start, start + quote.length()));
    }
}
