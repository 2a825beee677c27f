package org.sourcebook.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.stream.Stream;
import java.math.BigDecimal;
import org.sourcebook.content.item.Numeric;
import org.sourcebook.content.item.NumericTolerance;
import org.sourcebook.persistence.ContentJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.item.SampleItems;

class ItemJsonTest {

    private final ItemJson json = new ItemJson();

    static Stream<Item> everyKind() {
        return SampleItems.everyKind().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKind")
    void everyKindSurvivesWriteReadWriteUnchanged(Item item) {
        ObjectNode written = json.write(item);

        Item read = json.read(written);

        assertThat(read).isEqualTo(item);
        assertThat(json.write(read)).isEqualTo(written);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKind")
    void theSharedFieldsAreAtTheTopLevelAsTheBundleFormatPromises(Item item) {
        ObjectNode written = json.write(item);

        assertThat(written.fieldNames()).toIterable().startsWith(
                "id", "kind", "status", "origin", "quality", "prompt", "answer", "feedback", "tags", "citations", "details");
        assertThat(written.path("answer").asText()).isEqualTo(item.canonicalAnswer());
        assertThat(written.path("citations").get(0).fieldNames()).toIterable()
                .containsExactly("documentId", "version", "start", "end", "quote");
    }

    @Test
    void enumValuesUseLowerCaseHyphenatedNames() {
        ObjectNode written = json.write(SampleItems.singleChoice().withStatus(ItemStatus.NEEDS_REVIEW));

        assertThat(written.path("kind").asText()).isEqualTo("single-choice");
        assertThat(written.path("status").asText()).isEqualTo("needs-review");
        assertThat(written.path("details").path("options").get(0).path("id").asText()).isEqualTo("a");
    }

    @Test
    void roundNumbersSurviveTheTextFormExactly() throws Exception {
        Numeric hundred = new Numeric(SampleItems.numeric().info(), new BigDecimal("150"), NumericTolerance.exact(), "people");
        String text = json.write(hundred).toString();

        assertThat(text).contains("\"value\":150,");
        assertThat(json.read(ContentJson.mapper().readTree(text))).isEqualTo(hundred);
    }

    @Test
    void aHandEditedAnswerThatDisagreesWithTheDetailsIsRefused() {
        ObjectNode written = json.write(SampleItems.singleChoice());
        written.put("answer", "Ganja");

        assertThatThrownBy(() -> json.read(written))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"answer\" says \"Ganja\"");
    }

    @Test
    void anUnknownKindOrDetailIsRefusedNamingTheItem() {
        Item numeric = SampleItems.numeric();
        ObjectNode unknownKind = json.write(numeric).put("kind", "essay");
        ObjectNode unknownDetail = json.write(numeric);
        ((ObjectNode) unknownDetail.path("details")).put("colour", "red");

        assertThatThrownBy(() -> json.read(unknownKind))
                .hasMessage("Item " + numeric.id() + " is not valid: unknown kind \"essay\"");
        assertThatThrownBy(() -> json.read(unknownDetail)).hasMessageContaining("colour");
    }

    @Test
    void aMissingPromptIsRefused() {
        ObjectNode written = json.write(SampleItems.factCard());
        written.remove("prompt");

        assertThatThrownBy(() -> json.read(written)).hasMessageContaining("\"prompt\" is missing");
    }
}
