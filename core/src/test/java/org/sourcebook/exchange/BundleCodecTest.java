package org.sourcebook.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.source.DocumentId;
import org.sourcebook.content.source.DocumentMetadata;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.TextRange;
import org.sourcebook.content.source.TextSegmenter;

class BundleCodecTest {

    private static final TextSegmenter ONE_PARAGRAPH = new TextSegmenter() {
        @Override
        public List<TextRange> paragraphs(String text) {
            return List.of(new TextRange(0, text.length()));
        }

        @Override
        public List<TextRange> sentences(String text, List<TextRange> paragraphs) {
            return List.of(new TextRange(0, text.indexOf('.') + 1), new TextRange(text.indexOf('.') + 2, text.length()));
        }
    };

    private final BundleCodec codec = new BundleCodec();
    private final DocumentId id = DocumentId.random();
    private final List<DocumentVersion> versions = List.of(
            DocumentVersion.of(id, 1, "Xocalı, 1992. Second “sentence”.", new DocumentMetadata(
                    "Statement", "Author", null, "26 February 2021", null, "CC BY 4.0", null), ONE_PARAGRAPH),
            DocumentVersion.of(id, 2, "Xocalı, 1992. Second sentence, edited.", DocumentMetadata.titled("Statement v2"),
                    ONE_PARAGRAPH));

    @Test
    void exportImportExportGivesTheSameBytesAndTheSameVersions() {
        String exported = codec.write(Bundle.of(List.of(BundleDocument.of(versions)), List.of(), List.of()));

        Bundle imported = codec.read(exported);

        assertThat(codec.write(imported)).isEqualTo(exported);
        assertThat(imported.documents().get(0).toVersions()).isEqualTo(versions);
        assertThat(exported).startsWith("{\n  \"format\" : \"sourcebook-bundle\",\n  \"formatVersion\" : 1,").endsWith("}\n");
    }

    @Test
    void contentIsWrittenAsItsBundle() {
        var content = new BundleContent(List.of(versions), List.of(), List.of());

        assertThat(codec.write(content)).isEqualTo(codec.write(content.toBundle()));
    }

    @Test
    void absentMetadataFieldsAreLeftOutNotWrittenAsNull() {
        assertThat(codec.write(Bundle.of(List.of(BundleDocument.of(versions)), List.of(), List.of()))).doesNotContain("null");
    }

    @Test
    void aTextThatNoLongerMatchesItsHashIsRefusedNamingTheVersion() {
        String tampered = codec.write(Bundle.of(List.of(BundleDocument.of(versions)), List.of(), List.of())).replace("Second “sentence”", "Second “SENTENCE”");

        BundleDocument document = codec.read(tampered).documents().get(0);

        assertThatThrownBy(document::toVersions)
                .isInstanceOf(BundleFormatException.class)
                .hasMessage("Document " + id + " version 1 is not valid: The SHA-256 does not match the text");
    }

    @Test
    void otherJsonIsNotTakenForABundle() {
        assertThatThrownBy(() -> codec.read("{\"format\":\"something-else\",\"formatVersion\":1}"))
                .hasMessage("This is not a Sourcebook bundle: \"format\" must be \"sourcebook-bundle\"");
        assertThatThrownBy(() -> codec.read("[1, 2]")).isInstanceOf(BundleFormatException.class);
        assertThatThrownBy(() -> codec.read("{ not json")).hasMessageStartingWith("The file is not valid JSON (line 1)");
    }

    @Test
    void aNewerFormatVersionIsRefusedRatherThanHalfRead() {
        assertThatThrownBy(() -> codec.read("{\"format\":\"sourcebook-bundle\",\"formatVersion\":2,\"documents\":[],\"items\":[],\"lessons\":[]}"))
                .hasMessage("This bundle has format version 2, newer than this Sourcebook reads (1)");
    }

    @Test
    void unknownFieldsAreRefusedSoNothingIsSilentlyDropped() {
        assertThatThrownBy(() -> codec.read(
                        "{\"format\":\"sourcebook-bundle\",\"formatVersion\":1,\"documents\":[],\"items\":[],\"lessons\":[],\"surprise\":true}"))
                .isInstanceOf(BundleFormatException.class)
                .hasMessageContaining("surprise");
    }
}
