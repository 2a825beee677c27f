package org.sourcebook.content.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanTest {

    private static final String TEXT = "First sentence. Second one.";
    private static final TextSegmenter WHOLE_TEXT = new TextSegmenter() {
        @Override
        public List<TextRange> paragraphs(String text) {
            return List.of(new TextRange(0, text.length()));
        }

        @Override
        public List<TextRange> sentences(String text, List<TextRange> paragraphs) {
            return paragraphs;
        }
    };

    private final DocumentVersion version =
            DocumentVersion.of(DocumentId.random(), 1, TEXT, DocumentMetadata.titled("Test"), WHOLE_TEXT);

    @Test
    void aCitationIsValidOnlyWhereItsQuoteStands() {
        Span second = version.cite(new TextRange(16, 27));

        assertThat(second.quote()).isEqualTo("Second one.");
        assertThat(second.isValidIn(version)).isTrue();
        assertThat(new Span(version.documentId(), 1, 0, 11, "Second one.").isValidIn(version)).isFalse();
    }

    @Test
    void aCitationOfAnotherVersionOrDocumentIsNotValid() {
        Span span = version.cite(new TextRange(0, 5));

        var nextVersion = DocumentVersion.of(version.documentId(), 2, TEXT, version.metadata(), WHOLE_TEXT);
        var otherDocument = DocumentVersion.of(DocumentId.random(), 1, TEXT, version.metadata(), WHOLE_TEXT);
        assertThat(span.isValidIn(nextVersion)).isFalse();
        assertThat(span.isValidIn(otherDocument)).isFalse();
    }

    @Test
    void aQuoteMustHaveTheLengthOfItsRange() {
        assertThatThrownBy(() -> new Span(DocumentId.random(), 1, 0, 3, "four"))
                .hasMessage("The quote has 4 characters but the range has 3");
    }

    @Test
    void versionTextIsNormalizedAndHashed() {
        var crlf = DocumentVersion.of(DocumentId.random(), 1, "\uFEFFa\r\nb\rc", DocumentMetadata.titled("T"), WHOLE_TEXT);

        assertThat(crlf.text()).isEqualTo("a\nb\nc");
        assertThat(crlf.sha256()).hasSize(64).isEqualTo(TextNormalization.sha256("a\nb\nc"));
    }

    @Test
    void aVersionRejectsATamperedHash() {
        assertThatThrownBy(() -> new DocumentVersion(DocumentId.random(), 1, "abc", "0".repeat(64),
                        DocumentMetadata.titled("T"), List.of(), List.of()))
                .hasMessage("The SHA-256 does not match the text");
    }

    @Test
    void metadataNeedsATitleAndDropsBlankFields() {
        assertThatThrownBy(() -> DocumentMetadata.titled("  ")).hasMessage("A document needs a title");
        assertThat(new DocumentMetadata("T", " ", null, "", null, null, null).author()).isNull();
    }
}
