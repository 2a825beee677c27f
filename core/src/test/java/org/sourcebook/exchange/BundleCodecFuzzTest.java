package org.sourcebook.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Whatever the text, reading a bundle either fails with a {@link BundleFormatException} or gives
 * content that writes back to a bundle reading as the same content. Seeds live in
 * {@code BundleCodecFuzzTestInputs/anyText/}; fuzz with
 * {@code ./mvnw -o -pl content-model,core test -Pfuzz -Dtest=BundleCodecFuzzTest}.
 */
class BundleCodecFuzzTest {

    private static final BundleCodec CODEC = new BundleCodec();

    @FuzzTest(maxDuration = "60s")
    void anyText(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        BundleContent content;
        try {
            content = CODEC.readContent(text);
        } catch (BundleFormatException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return;
        }
        assertThat(CODEC.readContent(CODEC.write(content))).isEqualTo(content);
    }
}
