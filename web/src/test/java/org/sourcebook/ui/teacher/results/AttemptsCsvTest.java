package org.sourcebook.ui.teacher.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class AttemptsCsvTest {

    @Test
    void cellsAFormulaCouldStartWithAreQuotedAsText() {
        assertThat(AttemptsCsv.safe("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(AttemptsCsv.safe("+1")).isEqualTo("'+1");
        assertThat(AttemptsCsv.safe("-2")).isEqualTo("'-2");
        assertThat(AttemptsCsv.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AttemptsCsv.safe("\tx")).isEqualTo("'\tx");
        assertThat(AttemptsCsv.safe("Aysel Məmmədova")).isEqualTo("Aysel Məmmədova");
        assertThat(AttemptsCsv.safe("")).isEmpty();
    }

    @Test
    void commasQuotesAndLineBreaksSurviveTheRoundTrip() throws Exception {
        byte[] csv = AttemptsCsv.write(List.of("Student", "Score"),
                List.of(List.of("Last, \"First\"", "1"), List.of("Two\nlines", "=1+1")));

        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        assertThat(records).hasSize(3);
        assertThat(records.get(1).values()).containsExactly("Last, \"First\"", "1");
        assertThat(records.get(2).values()).containsExactly("Two\nlines", "'=1+1");
    }
}
