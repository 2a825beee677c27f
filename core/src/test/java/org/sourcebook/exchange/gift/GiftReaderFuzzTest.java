package org.sourcebook.exchange.gift;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.sourcebook.exchange.items.ImportedItems;
import org.sourcebook.exchange.items.ItemImportContract;

/**
 * Whatever the bytes, reading GIFT never throws and yields only valid items (see
 * {@link ItemImportContract}). Seeds live in {@code GiftReaderFuzzTestInputs/anyFile/} and run on
 * every {@code mvn test}; fuzz with {@code ./mvnw -o -pl content-model,core test -Pfuzz -Dtest=GiftReaderFuzzTest}.
 */
class GiftReaderFuzzTest {

    private static final GiftReader READER = new GiftReader();

    @FuzzTest(maxDuration = "60s")
    void anyFile(byte[] file) {
        ImportedItems read = READER.read(file);

        ItemImportContract.check(read);
        assertThat(read.items().size() + read.problems().size()).as("items and issues").isGreaterThanOrEqualTo(0);
    }
}
