package org.sourcebook.source.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcebook.source.importing.Importing.failure;
import static org.sourcebook.source.importing.Importing.imported;
import static org.sourcebook.source.importing.Importing.paragraphs;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourcebook.source.importing.ImportException.Reason;
import org.springframework.util.unit.DataSize;

class DocxImportTest {

    static final byte[] STATEMENT = TestFiles.docx("29th anniversary", "Press Office",
            List.of("Khojaly", "", "On February 26, 1992 the town was attacked.", "Justice for Khojaly!"),
            "Statement of the Ministry, 26 February 2021.",
            List.of(List.of("Killed", "613"), List.of("Wounded", "487")));

    @Test
    void paragraphsTableCellsAndFootnotesBecomeParagraphs() {
        ImportedDocument document = imported(STATEMENT, "statement.docx");

        assertThat(document.format()).isEqualTo(DocumentFormat.DOCX);
        assertThat(paragraphs(document)).containsExactly(
                "Khojaly", "On February 26, 1992 the town was attacked.", "Justice for Khojaly!",
                "Killed", "613", "Wounded", "487", "Statement of the Ministry, 26 February 2021.");
        assertThat(document.text()).doesNotContain("footnoteRef", "[1");
        assertThat(document.metadata().title()).isEqualTo("29th anniversary");
        assertThat(document.metadata().author()).isEqualTo("Press Office");
    }

    @Test
    void trackedInsertionsCountDeletionsDoNotAndNestedContentIsFound() {
        String body = "<w:p><w:r><w:t>Kept</w:t></w:r><w:ins w:id=\"1\" w:author=\"a\"><w:r><w:t xml:space=\"preserve\"> and"
                + " inserted</w:t></w:r></w:ins><w:del w:id=\"2\" w:author=\"a\"><w:r><w:delText> deleted</w:delText></w:r>"
                + "</w:del><w:r><w:t>.</w:t></w:r></w:p>"
                + "<w:sdt><w:sdtContent><w:p><w:r><w:t>In a content control.</w:t></w:r></w:p></w:sdtContent></w:sdt>"
                + "<w:tbl><w:tr><w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>In a nested table.</w:t></w:r></w:p></w:tc></w:tr>"
                + "</w:tbl><w:p/></w:tc></w:tr></w:tbl>";
        byte[] docx = TestFiles.docxAround(TestFiles.utf8("<w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                + "wordprocessingml/2006/main\"><w:body>" + body + "</w:body></w:document>"));

        assertThat(paragraphs(imported(docx, "changes.docx")))
                .containsExactly("Kept and inserted.", "In a content control.", "In a nested table.");
    }

    @Test
    void aDocxNamedPdfIsStillADocx() {
        assertThat(imported(STATEMENT, "statement.pdf").format()).isEqualTo(DocumentFormat.DOCX);
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
    void aRealZipBombDocxIsRefusedWithTheDefaultLimitsWithoutUnpackingIt() {
        byte[] bomb = TestFiles.docxBomb(64 * 1024 * 1024);

        long started = System.nanoTime();
        ImportException failure = failure(bomb, "bomb.docx");

        assertThat((64.0 * 1024 * 1024) / bomb.length).as("compression ratio").isGreaterThan(500);
        assertThat(failure.reason()).isEqualTo(Reason.UNZIPPED_TOO_LARGE);
        assertThat(failure).hasMessage("The .docx file unpacks to more than 50 MB; the limit is 50 MB");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void aZipBombWhoseDirectorySaysItIsSmallIsStillStoppedAtTheLimit() {
        byte[] lying = TestFiles.understatingSizes(TestFiles.docxBomb(64 * 1024 * 1024));

        ImportException failure = failure(lying, "small.docx");

        assertThat(failure.reason()).isEqualTo(Reason.UNZIPPED_TOO_LARGE);
    }

    @Test
    void anArchiveWithTooManyPartsFailsBeforeParsing() {
        ImportException failure = failure(TestFiles.zipWithManyEntries(1000), "many.docx");

        assertThat(failure.reason()).isEqualTo(Reason.TOO_MANY_PARTS);
        assertThat(failure).hasMessage("The .docx file has more than 1000 parts; the limit is 1000");
    }
}
