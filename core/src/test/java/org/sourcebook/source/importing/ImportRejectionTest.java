package org.sourcebook.source.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcebook.source.importing.Importing.failure;
import static org.sourcebook.source.importing.Importing.imported;
import static org.sourcebook.source.importing.TestFiles.utf8;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sourcebook.source.importing.ImportException.Reason;
import org.springframework.util.unit.DataSize;

class ImportRejectionTest {

    private static final String SUPPORTED = ". Sourcebook imports .txt, .md, .html, .pdf and .docx files";

    static Stream<Arguments> rejectedFiles() {
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0};
        byte[] pdf = PdfImportTest.STATEMENT;
        byte[] docx = DocxImportTest.STATEMENT;
        return Stream.of(
                rejected("empty file", new byte[0], "empty.txt", Reason.EMPTY_FILE, "The file is empty"),
                rejected("only whitespace", utf8(" \n\t\n "), "blank.txt", Reason.NO_TEXT, "No text found in the file"),
                rejected("only markup", utf8("<html><body><script>x()</script></body></html>"), "s.html", Reason.NO_TEXT,
                        "No text found in the file"),
                rejected("PNG image", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, "photo.txt",
                        Reason.UNSUPPORTED_TYPE, "Unsupported file type: a PNG image" + SUPPORTED),
                rejected("executable", new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0}, "tool.txt", Reason.UNSUPPORTED_TYPE,
                        "Unsupported file type: an executable program" + SUPPORTED),
                rejected("random bytes named .pdf", randomBytes(), "paper.pdf", Reason.UNSUPPORTED_TYPE,
                        "Unsupported file type: binary data" + SUPPORTED),
                rejected("text with NUL bytes", utf8("text\0with\0nul"), "nul.txt", Reason.UNSUPPORTED_TYPE,
                        "Unsupported file type: binary data" + SUPPORTED),
                rejected("scanned PDF", TestFiles.imageOnlyPdf(), "scan.pdf", Reason.NO_TEXT_IN_PDF,
                        "No text found: the PDF may contain only scanned images, and text recognition is not supported"),
                rejected("PDF without pages", TestFiles.pdf("Empty", "Nobody", List.of()), "empty.pdf", Reason.NO_TEXT_IN_PDF,
                        "No text found: the PDF may contain only scanned images, and text recognition is not supported"),
                rejected("truncated PDF", Arrays.copyOf(pdf, pdf.length / 2), "cut.pdf", Reason.DAMAGED,
                        "The file could not be read as PDF: it may be damaged"),
                rejected("password-protected PDF", TestFiles.passwordProtectedPdf(), "secret.pdf", Reason.ENCRYPTED,
                        "The file is password-protected; remove the password and import it again"),
                rejected("truncated .docx", Arrays.copyOf(docx, docx.length / 3), "cut.docx", Reason.DAMAGED,
                        "The file could not be read as a Word document (.docx): it may be damaged"),
                rejected(".docx with a broken main part",
                        TestFiles.zip(Map.of("word/document.xml", utf8("<w:document"), "[Content_Types].xml", new byte[0])),
                        "broken.docx", Reason.DAMAGED, "The file could not be read as a Word document (.docx): it may be damaged"),
                rejected("ZIP that is not a .docx", TestFiles.zip(Map.of("photo.jpg", new byte[10])), "photos.docx",
                        Reason.UNSUPPORTED_TYPE, "Unsupported file type: a ZIP archive that is not a Word document (.docx)" + SUPPORTED),
                rejected("password-protected .docx", TestFiles.passwordProtectedDocx(docx), "secret.docx", Reason.ENCRYPTED,
                        "The file is password-protected; remove the password and import it again"),
                rejected("legacy Word document", TestFiles.legacyWordDocument(), "old.doc", Reason.UNSUPPORTED_TYPE,
                        "Unsupported file type: a Word 97-2003 (.doc) or other legacy Office file; save it as .docx" + SUPPORTED),
                rejected("damaged legacy Office file", ole, "old.doc", Reason.UNSUPPORTED_TYPE,
                        "Unsupported file type: a damaged legacy Office file" + SUPPORTED));
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
    void aTitleComesFromTheTextNeverFromTheFileName() {
        assertThat(imported(utf8("First line\nsecond"), "C:\\Users\\t\\Khojaly statement.txt").metadata().title())
                .isEqualTo("First line");
        assertThat(imported(utf8("\n  First line\nsecond"), null).metadata().title()).isEqualTo("First line");
        assertThat(imported(utf8("On 26 February 1992 the town of Khojaly was attacked at night, and hundreds were killed."),
                "scan_0042.txt").metadata().title()).isEqualTo("On 26 February 1992 the town of Khojaly…");
        assertThat(imported(utf8("The town was founded in 1613. It grew quickly."), "town.txt").metadata().title())
                .isEqualTo("The town was founded in 1613");
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
