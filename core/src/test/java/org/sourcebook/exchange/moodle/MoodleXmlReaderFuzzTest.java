package org.sourcebook.exchange.moodle;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.sourcebook.exchange.items.ItemImportContract;

/**
 * Whatever the bytes, reading Moodle XML never throws (no XML entity tricks, no parser
 * exceptions) and yields only valid items. Seeds live in {@code MoodleXmlReaderFuzzTestInputs/anyFile/};
 * fuzz with {@code ./mvnw -o -pl content-model,core test -Pfuzz -Dtest=MoodleXmlReaderFuzzTest}.
 */
class MoodleXmlReaderFuzzTest {

    private static final MoodleXmlReader READER = new MoodleXmlReader();

    @FuzzTest(maxDuration = "60s")
    void anyFile(byte[] file) {
        ItemImportContract.check(READER.read(file));
    }
}
