package org.sourcebook.source.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.source.DocumentId;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.EnglishSegmenter;
import org.sourcebook.content.source.TextRange;
import org.springframework.util.unit.DataSize;

/**
 * Whatever the bytes, importing either fails with an {@link ImportException} or yields text that
 * makes a valid document version. Each target steers the bytes to one format through the public
 * entry point (a magic number, a doctype, a file name); seeds live in
 * {@code DocumentImporterFuzzTestInputs/<target>/} and run on every {@code mvn test}. Fuzz with
 * {@code JAZZER_FUZZ=1 ./mvnw -pl content-model,core test -Dtest=DocumentImporterFuzzTest}.
 */
class DocumentImporterFuzzTest {

    private static final List<String> NAMES = List.of("a.txt", "a.md", "a.html", "a.pdf", "a.docx", "a.bin");
    private static final DocumentImporter IMPORTER = new DocumentImporter(new ImportLimits(
            DataSize.ofMegabytes(1), DataSize.ofMegabytes(8), 200, 1_000_000));
    private static final EnglishSegmenter SEGMENTER = new EnglishSegmenter();

    @FuzzTest(maxDuration = "60s")
    void anyFile(FuzzedDataProvider data) {
        String name = data.pickValue(NAMES);
        importChecked(data.consumeRemainingAsBytes(), name);
    }

    @FuzzTest(maxDuration = "60s")
    void pdf(byte[] bytes) {
        importChecked(withPrefix("%PDF-", bytes), "a.pdf");
    }

    @FuzzTest(maxDuration = "60s")
    void docx(byte[] bytes) {
        importChecked(withPrefix("PK\u0003\u0004", bytes), "a.docx");
    }

    /** A byte mutator rarely keeps a ZIP valid, so this target zips its input as the main part of a .docx. */
    @FuzzTest(maxDuration = "60s")
    void docxDocumentXml(byte[] documentXml) {
        importChecked(TestFiles.docxAround(documentXml), "a.docx");
    }

    @FuzzTest(maxDuration = "60s")
    void html(byte[] bytes) {
        importChecked(withPrefix("<!doctype html>", bytes), "a.html");
    }

    @FuzzTest(maxDuration = "60s")
    void markdown(byte[] bytes) {
        importChecked(bytes, "a.md");
    }

    private static void importChecked(byte[] bytes, @Nullable String name) {
        ImportedDocument document;
        try {
            document = IMPORTER.importFile(bytes, name, null);
        } catch (ImportException expected) {
            assertThat(expected.getMessage()).isNotBlank();
            return;
        }
        DocumentVersion version = DocumentVersion.of(DocumentId.random(), 1, document.text(), document.metadata(), SEGMENTER);
        assertThat(version.text()).isEqualTo(document.text());
        assertThat(version.paragraphs()).isNotEmpty();
        Iterator<TextRange> paragraphs = version.paragraphs().iterator();
        TextRange paragraph = paragraphs.next();
        for (TextRange sentence : version.sentences()) {
            while (!paragraph.contains(sentence) && paragraphs.hasNext()) {
                paragraph = paragraphs.next();
            }
            assertThat(paragraph.contains(sentence)).as("sentence %s lies in a paragraph", sentence).isTrue();
            assertThat(version.quote(sentence)).isNotBlank().isEqualTo(version.quote(sentence).strip());
        }
    }

    private static byte[] withPrefix(String prefix, byte[] bytes) {
        byte[] start = prefix.getBytes(StandardCharsets.ISO_8859_1);
        if (TextDecoding.startsWith(bytes, start)) {
            return bytes;
        }
        byte[] joined = new byte[start.length + bytes.length];
        System.arraycopy(start, 0, joined, 0, start.length);
        System.arraycopy(bytes, 0, joined, start.length, bytes.length);
        return joined;
    }
}
