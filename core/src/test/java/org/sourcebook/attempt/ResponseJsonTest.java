package org.sourcebook.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sourcebook.content.grading.ChoiceResponse;
import org.sourcebook.content.grading.GapResponse;
import org.sourcebook.content.grading.MatchingResponse;
import org.sourcebook.content.grading.NumberResponse;
import org.sourcebook.content.grading.OrderResponse;
import org.sourcebook.content.grading.Response;
import org.sourcebook.content.grading.TextResponse;
import org.sourcebook.content.item.OptionId;

class ResponseJsonTest {

    static Stream<Response> everyShape() {
        return Stream.of(
                ChoiceResponse.of("b", "a"),
                ChoiceResponse.of(),
                new TextResponse("  Xocalı — \"şəhər\" {{1}} </script>  "),
                new NumberResponse(new BigDecimal("1275.50")),
                new NumberResponse(new BigDecimal("1.5E+2")),
                GapResponse.of("Khojaly", "", "26"),
                new MatchingResponse(Map.of(OptionId.of("w"), OptionId.of("c"), OptionId.of("m"), OptionId.of("m"))),
                OrderResponse.of("3", "1", "2"));
    }

    @ParameterizedTest
    @MethodSource("everyShape")
    void everyResponseReadsBackExactlyAsGiven(Response response) {
        String json = ResponseJson.write(response);

        assertThat(ResponseJson.read(json)).isEqualTo(response);
        assertThat(ResponseJson.write(ResponseJson.read(json))).isEqualTo(json);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"type\":\"essay\"}", "[]"})
    void anythingElseIsRefused(String json) {
        assertThatThrownBy(() -> ResponseJson.read(json)).isInstanceOf(IllegalArgumentException.class);
    }
}
