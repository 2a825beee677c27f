package org.sourcebook.content.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReanchoringTest {

    private static final DocumentId DOCUMENT = DocumentId.random();
    private static final TextSegmenter SEGMENTER = new EnglishSegmenter();
    private static final String OLD = "Khojaly was attacked. 613 civilians were killed. Justice for Khojaly!";

    static Stream<Arguments> movedCitations() {
        return Stream.of(
                moved("unchanged text keeps the offsets", OLD, "613 civilians were killed.", 0, OLD, 22),
                moved("text added before moves the citation", OLD, "613 civilians were killed.", 0,
                        "Preface.\n\n" + OLD, 32),
                moved("the occurrence with the old neighbours wins over a copy",
                        OLD, "Justice for Khojaly!", 0, "Justice for Khojaly! " + OLD, 70),
                moved("the second of two occurrences keeps its context",
                        "Yes. We agree. Yes. They left.", "Yes.", 1, "Yes. We all agree. Yes. They left.", 19),
                moved("the context that stayed wins over a closer copy",
                        "Intro.\n\nSame.\n\nMiddle text here.\n\nSame.", "Same.", 1,
                        "Intro.\n\nSame.\n\nMiddle text here.\n\nSame.\n\nSame.", 34),
                moved("a duplicated passage: the copy nearest the old relative position",
                        "A.\n\nSame.\n\nB.", "Same.", 0, "A.\n\nSame.\n\nB.\n\nA.\n\nSame.\n\nB.", 4));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("movedCitations")
    void carriesTheQuoteOver(String description, String oldText, String quote, int occurrence, String newText, int expectedStart) {
        DocumentVersion cited = version(1, oldText);
        DocumentVersion next = version(2, newText);
        Span citation = cite(cited, quote, occurrence);

        ReanchorOutcome actual = Reanchoring.reanchor(citation, cited, next);

        Span expected = new Span(DOCUMENT, 2, expectedStart, expectedStart + quote.length(), quote);
        assertThat(actual).isEqualTo(new ReanchorOutcome.Anchored(citation, expected));
        assertThat(expected.isValidIn(next)).isTrue();
    }

    static Stream<Arguments> flaggedCitations() {
        return Stream.of(
                flagged("an edited sentence", OLD, "613 civilians were killed.",
                        "Khojaly was attacked. 613 civilians were murdered. Justice for Khojaly!", ReviewReason.QUOTE_CHANGED, 0),
                flagged("a removed sentence", OLD, "613 civilians were killed.",
                        "Khojaly was attacked. Justice for Khojaly!", ReviewReason.QUOTE_VANISHED, 0),
                flagged("a short quote that is gone", OLD, "613", "Khojaly was attacked.", ReviewReason.QUOTE_VANISHED, 0),
                flagged("a changed number", OLD, "613 civilians", "Khojaly was attacked. 614 civilians were killed.",
                        ReviewReason.QUOTE_CHANGED, 0),
                flagged("two occurrences equally near, neither with the old neighbours", "xxYesx", "Yes", "YesqqqqqYesq",
                        ReviewReason.QUOTE_AMBIGUOUS, 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("flaggedCitations")
    void flagsWhatItCannotPlace(String description, String oldText, String quote, String newText, ReviewReason reason, int occurrences) {
        DocumentVersion cited = version(1, oldText);
        Span citation = cite(cited, quote, 0);

        ReanchorOutcome actual = Reanchoring.reanchor(citation, cited, version(2, newText));

        assertThat(actual).isEqualTo(new ReanchorOutcome.NeedsReview(citation, reason, occurrences));
    }

    @Test
    void summarisesABatch() {
        DocumentVersion cited = version(1, OLD);
        DocumentVersion next = version(2, "Khojaly was attacked at night. 613 civilians were killed. Justice for Khojaly!");
        List<Span> citations = List.of(
                cite(cited, "Khojaly was attacked.", 0), cite(cited, "613 civilians were killed.", 0), cite(cited, "Justice", 0));

        ReanchoringSummary summary = Reanchoring.reanchorAll(citations, cited, next);

        assertThat(summary.anchored()).isEqualTo(2);
        assertThat(summary.needsReview()).isEqualTo(1);
        assertThat(summary.toReview()).singleElement()
                .extracting(ReanchorOutcome.NeedsReview::reason).isEqualTo(ReviewReason.QUOTE_CHANGED);
    }

    @Test
    void carriesTheDemoDocumentsSentencesOverAnEditedReimport() {
        DocumentVersion cited = version(1, DemoDocument.text());
        String edited = "Statement of the Ministry\n\n" + cited.text().replace("1,275 taken captive", "1,275 were taken captive");
        DocumentVersion next = version(2, edited);
        List<Span> everySentence = cited.sentences().stream().map(cited::cite).toList();

        ReanchoringSummary summary = Reanchoring.reanchorAll(everySentence, cited, next);

        assertThat(summary.anchored()).isEqualTo(14);
        assertThat(summary.toReview()).singleElement().satisfies(review -> {
            assertThat(review.citation().quote()).isEqualTo("Another 487 people were wounded and 1,275 taken captive.");
            assertThat(review.reason()).isEqualTo(ReviewReason.QUOTE_CHANGED);
        });
        assertThat(summary.outcomes()).filteredOn(ReanchorOutcome.Anchored.class::isInstance)
                .map(outcome -> ((ReanchorOutcome.Anchored) outcome).anchored())
                .allSatisfy(span -> assertThat(span.isValidIn(next)).isTrue());
    }

    @Test
    void refusesACitationThatDoesNotMatchItsVersion() {
        DocumentVersion cited = version(1, OLD);
        Span wrong = new Span(DOCUMENT, 1, 0, 3, "613");

        assertThatThrownBy(() -> Reanchoring.reanchor(wrong, cited, version(2, OLD)))
                .hasMessage("The citation does not match version 1 of its document");
    }

    @Test
    void refusesAVersionOfAnotherDocument() {
        DocumentVersion cited = version(1, OLD);
        DocumentVersion other = DocumentVersion.of(DocumentId.random(), 2, OLD, DocumentMetadata.titled("Other"), SEGMENTER);

        assertThatThrownBy(() -> Reanchoring.reanchor(cite(cited, "613", 0), cited, other))
                .hasMessage("Citations can only move to a version of the same document");
    }


    private static DocumentVersion version(int number, String text) {
        return DocumentVersion.of(DOCUMENT, number, text, DocumentMetadata.titled("Khojaly"), SEGMENTER);
    }

    private static Span cite(DocumentVersion version, String quote, int occurrence) {
        int start = -1;
        for (int i = 0; i <= occurrence; i++) {
            start = version.text().indexOf(quote, start + 1);
        }
        return version.cite(new TextRange(start, start + quote.length()));
    }

    private static Arguments moved(String description, String oldText, String quote, int occurrence, String newText, int start) {
        return Arguments.of(description, oldText, quote, occurrence, newText, start);
    }

    private static Arguments flagged(String description, String oldText, String quote, String newText, ReviewReason reason, int occurrences) {
        return Arguments.of(description, oldText, quote, newText, reason, occurrences);
    }
}
