package org.sourcebook.attempt;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.sourcebook.content.grading.Response;

/**
 * Stored responses are read back from JSON: whatever the text, reading either fails with an
 * {@link IllegalArgumentException} or gives a response that writes back to the same JSON it
 * reads from. Seeds live in {@code ResponseJsonFuzzTestInputs/anyJson/}; fuzz with
 * {@code ./mvnw -o -pl content-model,core test -Pfuzz -Dtest=ResponseJsonFuzzTest}.
 */
class ResponseJsonFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void anyJson(byte[] bytes) {
        Response response;
        try {
            response = ResponseJson.read(new String(bytes, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException notAResponse) {
            return;
        }
        String written = ResponseJson.write(response);
        assertThat(ResponseJson.read(written)).isEqualTo(response);
        assertThat(ResponseJson.write(ResponseJson.read(written))).isEqualTo(written);
    }
}
