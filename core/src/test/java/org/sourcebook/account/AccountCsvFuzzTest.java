package org.sourcebook.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Set;

/**
 * Whatever an admin uploads as an account list, reading and checking it (without the database)
 * either refuses the whole file with an {@link ImportFileException} or gives one row per data
 * line, numbered from 2 in order, where a row without problems has a valid username and at least
 * one role. Seeds live in {@code AccountCsvFuzzTestInputs/anyFile/}; fuzz with
 * {@code ./mvnw -o -pl content-model,core test -Pfuzz -Dtest=AccountCsvFuzzTest}.
 */
class AccountCsvFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void anyFile(byte[] file) {
        ImportPreview preview;
        try {
            preview = AccountImportService.check(AccountImportService.parse(file), Set.of(), new ImportClassNames(List.of()));
        } catch (ImportFileException refused) {
            assertThat(refused.reason()).isNotNull();
            return;
        }
        assertThat(preview.rows().size()).isBetween(1, AccountImportService.MAX_ROWS);
        int previous = 1;
        for (ImportRow row : preview.rows()) {
            assertThat(row.rowNumber()).isGreaterThan(previous);
            previous = row.rowNumber();
            if (row.valid()) {
                assertThat(org.sourcebook.content.account.Username.of(row.username()).value()).isEqualTo(row.username());
                assertThat(row.roles()).isNotEmpty();
            }
        }
    }
}
