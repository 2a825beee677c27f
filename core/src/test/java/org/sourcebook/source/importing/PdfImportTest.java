package org.sourcebook.source.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcebook.source.importing.Importing.failure;
import static org.sourcebook.source.importing.Importing.imported;
import static org.sourcebook.source.importing.Importing.paragraphs;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcebook.source.importing.ImportException.Reason;

class PdfImportTest {

    static final byte[] STATEMENT = TestFiles.pdf("29th anniversary", "Press Office", List.of(
            List.of("On February 26, 1992 Azerbaijan witnessed what was", "later called the largest massacre."),
            List.of("Another 487 people were wounded and 1,275 were taken cap-", "tive in the Nagorno-",
                    "Karabakh region."),
            List.of("Justice for Khojaly!")));

    @Test
    void paragraphsFollowTheLayoutAndLinesAreJoined() {
        ImportedDocument document = imported(STATEMENT, "statement.pdf");

        assertThat(document.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(paragraphs(document)).containsExactly(
                "On February 26, 1992 Azerbaijan witnessed what was later called the largest massacre.",
                "Another 487 people were wounded and 1,275 were taken captive in the Nagorno-Karabakh region.",
                "Justice for Khojaly!");
        assertThat(document.metadata().title()).isEqualTo("29th anniversary");
        assertThat(document.metadata().author()).isEqualTo("Press Office");
    }

    @Test
    void aSoftHyphenAtALineEndIsDropped() {
        assertThat(PdfExtractor.unwrapped("inter\u00AD\nnational and well- \n Known")).isEqualTo("international and well-Known");
    }

    @Test
    void aPdfNamedTxtIsStillAPdf() {
        assertThat(imported(STATEMENT, "statement.txt").format()).isEqualTo(DocumentFormat.PDF);
    }

    @Test
    void aPdfHeaderOverGarbageIsDamaged() {
        byte[] garbage = "%PDF-1.7\n\u0001\u0002 not really a pdf 3 0 obj << /Kids [ ] >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(failure(garbage, "fake.pdf").reason()).isIn(Reason.DAMAGED, Reason.NO_TEXT_IN_PDF);
    }

    @Test
    void aPdfWithMoreTextThanAllowedIsRefused() {
        DocumentImporter importer = new DocumentImporter(new ImportLimits(
                ImportLimits.DEFAULTS.maxFileSize(), ImportLimits.DEFAULTS.maxUnzippedSize(), 1000, 40));

        ImportException failure = failure(importer, STATEMENT, "long.pdf");

        assertThat(failure.reason()).isEqualTo(Reason.TEXT_TOO_LONG);
        assertThat(failure).hasMessage("The document has more than 40 characters of text; the limit is 40");
    }
}
