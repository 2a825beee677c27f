package org.sourcebook.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.UUID;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.source.DocumentId;
import org.sourcebook.content.source.DocumentMetadata;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.EnglishSegmenter;
import org.sourcebook.content.source.TextNormalization;

/**
 * Whatever the text, drafting finishes, and every item it drafts is valid, cites the text and passes
 * the automatic checks, and the lesson draft is valid. Seeds live in
 * {@code DraftingEngineFuzzTestInputs/anyText/} and run on every {@code mvn test}. Fuzz with
 * {@code JAZZER_FUZZ=1 ./mvnw -pl content-model,core test -Dtest=DraftingEngineFuzzTest}.
 */
class DraftingEngineFuzzTest {

    private static final DocumentId ID = new DocumentId(new UUID(0, 1));

    @FuzzTest(maxDuration = "60s")
    void anyText(String text) {
        if (text == null || TextNormalization.normalize(text).isBlank()) {
            return;
        }
        DocumentVersion version = DocumentVersion.of(ID, 1, text, DocumentMetadata.titled("Fuzzed"), new EnglishSegmenter());

        Draft draft = DraftingEngine.english().draft(version, DraftOptions.DEFAULTS);

        for (Item item : draft.items()) {
            assertThat(DraftChecks.english().failures(item, version)).as(item.toString()).isEmpty();
        }
        assertThat(draft.lesson().problems()).isEmpty();
    }
}
