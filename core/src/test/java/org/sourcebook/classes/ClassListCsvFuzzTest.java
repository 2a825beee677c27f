package org.sourcebook.classes;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sourcebook.classes.ClassRefusedException.Reason;

/**
 * Whatever a teacher uploads as a class list, reading it either refuses it as CSV_INVALID or gives
 * at most {@link ClassService#CSV_MAX_ROWS} rows in file order with trimmed usernames. Seeds live
 * in {@code ClassListCsvFuzzTestInputs/anyList/}; fuzz with
 * {@code ./mvnw -o -pl content-model,core test -Pfuzz -Dtest=ClassListCsvFuzzTest}.
 */
class ClassListCsvFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void anyList(byte[] bytes) {
        List<ClassService.CsvRow> rows;
        try {
            rows = ClassService.parse(new String(bytes, StandardCharsets.UTF_8));
        } catch (ClassRefusedException refused) {
            assertThat(refused.reason()).isEqualTo(Reason.CSV_INVALID);
            return;
        }
        assertThat(rows.size()).isLessThanOrEqualTo(ClassService.CSV_MAX_ROWS);
        for (int i = 0; i < rows.size(); i++) {
            ClassService.CsvRow row = rows.get(i);
            assertThat(row.username()).isEqualTo(row.username().strip());
            assertThat(row.line()).isPositive();
            if (i > 0) {
                assertThat(row.line()).isGreaterThan(rows.get(i - 1).line());
            }
        }
    }
}
