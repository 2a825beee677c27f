package org.sourcebook.source.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcebook.source.importing.Importing.failure;
import static org.sourcebook.source.importing.Importing.imported;
import static org.sourcebook.source.importing.Importing.paragraphs;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourcebook.source.importing.ImportException.Reason;
import org.springframework.util.unit.DataSize;

class DocxImportTest {

    static final byte[] STATEMENT = TestFiles.docx("29th anniversary", "Press Office",
            List.of("Khojaly", "", "On February 26, 1992 the town was attacked.", "Justice for Khojaly!"),
            List.of(List.of("Killed", "613"), List.of("Wounded", "487")));

    @Test
    void paragraphsAndTableCellsBecomeParagraphs() {
        ImportedDocument document = imported(STATEMENT, "statement.docx");

        assertThat(document.format()).isEqualTo(DocumentFormat.DOCX);
        assertThat(paragraphs(document)).containsExactly(
                "Khojaly", "On February 26, 1992 the town was attacked.", "Justice for Khojaly!",
                "Killed", "613", "Wounded", "487");
        assertThat(document.metadata().title()).isEqualTo("29th anniversary");
        assertThat(document.metadata().author()).isEqualTo("Press Office");
    }

    @Test
    void aDocxNamedPdfIsStillADocx() {
        assertThat(imported(STATEMENT, "statement.pdf").format()).isEqualTo(DocumentFormat.DOCX);
    }

    @Test
    void aPasswordProtectedDocxIsRefused() {
        ImportException failure = failure(TestFiles.passwordProtectedDocx(STATEMENT), "secret.docx");

        assertThat(failure.reason()).isEqualTo(Reason.ENCRYPTED);
    }

    @Test
    void aLegacyWordDocumentIsUnsupported() {
        ImportException failure = failure(TestFiles.legacyWordDocument(), "old.doc");

        assertThat(failure.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE);
        assertThat(failure).hasMessage("Unsupported file type: a Word 97-2003 (.doc) or other legacy Office file;"
                + " save it as .docx. Sourcebook imports .txt, .md, .html, .pdf and .docx files");
    }

    @Test
    void aCorruptArchiveIsDamaged() {
        ImportException failure = failure(Arrays.copyOf(STATEMENT, STATEMENT.length / 3), "cut.docx");

        assertThat(failure.reason()).isEqualTo(Reason.DAMAGED);
        assertThat(failure).hasMessage("The file could not be read as a Word document (.docx): it may be damaged");
    }

    @Test
    void anArchiveWithABrokenMainPartIsDamaged() {
        byte[] broken = TestFiles.zip(Map.of("word/document.xml", "<w:document".getBytes(), "[Content_Types].xml", new byte[0]));

        assertThat(failure(broken, "broken.docx").reason()).isEqualTo(Reason.DAMAGED);
    }

    @Test
    void aZipThatIsNotAWordDocumentIsUnsupported() {
        ImportException failure = failure(TestFiles.zip(Map.of("photo.jpg", new byte[10])), "photos.docx");

        assertThat(failure.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE);
        assertThat(failure).hasMessage("Unsupported file type: a ZIP archive that is not a Word document (.docx)."
                + " Sourcebook imports .txt, .md, .html, .pdf and .docx files");
    }

    @Test
    void anArchiveThatUnpacksTooLargeFailsBeforeParsing() {
        byte[] bomb = TestFiles.zip(Map.of("word/document.xml", new byte[2 * 1024 * 1024]));
        DocumentImporter importer = new DocumentImporter(new ImportLimits(
                DataSize.ofMegabytes(10), DataSize.ofMegabytes(1), 1000, 10_000_000));

        ImportException failure = failure(importer, bomb, "bomb.docx");

        assertThat(bomb.length).isLessThan(10 * 1024);
        assertThat(failure.reason()).isEqualTo(Reason.UNZIPPED_TOO_LARGE);
        assertThat(failure).hasMessage("The .docx file unpacks to more than 1 MB; the limit is 1 MB");
    }

    @Test
    void anArchiveWithTooManyPartsFailsBeforeParsing() {
        ImportException failure = failure(TestFiles.zipWithManyEntries(1000), "many.docx");

        assertThat(failure.reason()).isEqualTo(Reason.TOO_MANY_PARTS);
        assertThat(failure).hasMessage("The .docx file has more than 1000 parts; the limit is 1000");
    }
}
