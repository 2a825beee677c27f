package org.sourcebook.content.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextOverlapTest {

    private static final DocumentId DOCUMENT = DocumentId.random();

    @Test
    void anEditedStatementKeepsMostOfItsTextAndAnUnrelatedTextKeepsNone() {
        DocumentVersion cited = version(1, DemoDocument.text());
        DocumentVersion edited = version(2, "Statement.\n\n" + DemoDocument.text().replace("487 people", "490 people"));
        DocumentVersion unrelated = version(3, "The water cycle moves water between the sea, the air and the land. "
                + "Rain falls and rivers run to the sea.");

        assertThat(TextOverlap.keptShare(cited, cited)).isEqualTo(1.0);
        assertThat(TextOverlap.keptShare(cited, edited)).isBetween(0.9, 0.99);
        assertThat(TextOverlap.keptShare(cited, unrelated)).isZero();
    }

    @Test
    void whiteSpaceDoesNotCount() {
        assertThat(TextOverlap.keptShare(version(1, "Same words\n  here."), version(2, "Same words here."))).isEqualTo(1.0);
    }

    private static DocumentVersion version(int number, String text) {
        return DocumentVersion.of(DOCUMENT, number, text, DocumentMetadata.titled("Khojaly"), new EnglishSegmenter());
    }
}
