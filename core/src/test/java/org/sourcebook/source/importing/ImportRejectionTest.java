package org.sourcebook.source.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcebook.source.importing.Importing.failure;
import static org.sourcebook.source.importing.Importing.imported;
import static org.sourcebook.source.importing.TestFiles.utf8;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sourcebook.source.importing.ImportException.Reason;
import org.springframework.util.unit.DataSize;

class ImportRejectionTest {

    static Stream<Arguments> rejectedFiles() {
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0};
        return Stream.of(
                rejected("empty file", new byte[0], "empty.txt", Reason.EMPTY_FILE, "The file is empty"),
                rejected("only whitespace", utf8(" \n\t\n "), "blank.txt", Reason.NO_TEXT, "No text found in the file"),
                rejected("only markup", utf8("<html><body><script>x()</script></body></html>"), "s.html", Reason.NO_TEXT,
                        "No text found in the file"),
                rejected("PNG image", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, "photo.txt",
                        Reason.UNSUPPORTED_TYPE, "Unsupported file type: a PNG image. Sourcebook imports .txt, .md, .html,"
                                + " .pdf and .docx files"),
                rejected("legacy Word", ole, "old.doc", Reason.UNSUPPORTED_TYPE, "Unsupported file type: a damaged legacy"
                        + " Office file. Sourcebook imports .txt, .md, .html, .pdf and .docx files"),
                rejected("executable", new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0}, "tool.txt", Reason.UNSUPPORTED_TYPE,
                        "Unsupported file type: an executable program. Sourcebook imports .txt, .md, .html, .pdf and .docx files"),
                rejected("random bytes named .pdf", randomBytes(), "paper.pdf", Reason.UNSUPPORTED_TYPE,
                        "Unsupported file type: binary data. Sourcebook imports .txt, .md, .html, .pdf and .docx files"),
                rejected("text with NUL bytes", utf8("text\0with\0nul"), "nul.txt", Reason.UNSUPPORTED_TYPE,
                        "Unsupported file type: binary data. Sourcebook imports .txt, .md, .html, .pdf and .docx files"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedFiles")
    void refusesWithAClearReason(String description, byte[] bytes, String fileName, Reason reason, String message) {
        ImportException failure = failure(bytes, fileName);

        assertThat(failure.reason()).isEqualTo(reason);
        assertThat(failure).hasMessage(message);
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeAnythingElse() {
        DocumentImporter importer = new DocumentImporter(new ImportLimits(
                DataSize.ofKilobytes(1), DataSize.ofMegabytes(50), 1000, 10_000_000));

        ImportException failure = failure(importer, new byte[1536], "big.pdf");

        assertThat(failure.reason()).isEqualTo(Reason.FILE_TOO_LARGE);
        assertThat(failure).hasMessage("The file is 1.5 KB; the limit is 1 KB");
        assertThat(failure.arguments()).containsExactly("1.5 KB", "1 KB");
    }

    @Test
    void sizesReadAsPeopleWriteThem() {
        long megabyte = 1024 * 1024;

        assertThat(Sizes.describeAtLeast(megabyte * 123 / 10)).isEqualTo("12.3 MB");
        assertThat(Sizes.describe(10 * megabyte)).isEqualTo("10 MB");
        assertThat(Sizes.describeAtLeast(10 * megabyte + 1)).isEqualTo("10.1 MB");
        assertThat(Sizes.describe(900)).isEqualTo("900 bytes");
    }

    @Test
    void anHtmlPageNamedMdIsHtml() {
        ImportedDocument document = imported(utf8("<!DOCTYPE html><html><body><p>Only *text*</p></body></html>"), "page.md");

        assertThat(document.format()).isEqualTo(DocumentFormat.HTML);
        assertThat(document.text()).isEqualTo("Only *text*");
    }

    @Test
    void aTitleFallsBackToTheFileNameThenTheFirstLine() {
        assertThat(imported(utf8("First line\nsecond"), "C:\\Users\\t\\Khojaly statement.txt").metadata().title())
                .isEqualTo("Khojaly statement");
        assertThat(imported(utf8("\n  First line\nsecond"), null).metadata().title()).isEqualTo("First line");
        assertThat(imported(utf8("x".repeat(400)), null).metadata().title()).hasSize(300).endsWith("…");
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    private static Arguments rejected(String description, byte[] bytes, String fileName, Reason reason, String message) {
        return Arguments.of(description, bytes, fileName, reason, message);
    }
}
