package org.sourcebook.source.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.source.EnglishSegmenter;

/** Runs the importer in tests: a successful import, or the one exception it may throw. */
final class Importing {

    static final DocumentImporter IMPORTER = new DocumentImporter(ImportLimits.DEFAULTS);
    private static final EnglishSegmenter SEGMENTER = new EnglishSegmenter();

    private Importing() {}

    static ImportedDocument imported(byte[] bytes, @Nullable String fileName) {
        try {
            return IMPORTER.importFile(bytes, fileName, null);
        } catch (ImportException e) {
            throw new AssertionError("Expected an import, got " + e.reason() + ": " + e.getMessage(), e);
        }
    }

    static ImportException failure(DocumentImporter importer, byte[] bytes, @Nullable String fileName) {
        ImportException failure = catchThrowableOfType(ImportException.class, () -> importer.importFile(bytes, fileName, null));
        assertThat(failure).as("import of " + fileName + " must fail").isNotNull();
        return failure;
    }

    static ImportException failure(byte[] bytes, @Nullable String fileName) {
        return failure(IMPORTER, bytes, fileName);
    }

    /** The paragraphs as the reading view shows them. */
    static List<String> paragraphs(ImportedDocument document) {
        String text = document.text();
        return SEGMENTER.paragraphs(text).stream().map(range -> text.substring(range.start(), range.end())).toList();
    }
}
