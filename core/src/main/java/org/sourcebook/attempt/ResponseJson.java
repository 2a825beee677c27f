package org.sourcebook.attempt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sourcebook.content.grading.ChoiceResponse;
import org.sourcebook.content.grading.GapResponse;
import org.sourcebook.content.grading.MatchingResponse;
import org.sourcebook.content.grading.NumberResponse;
import org.sourcebook.content.grading.OrderResponse;
import org.sourcebook.content.grading.Response;
import org.sourcebook.content.grading.TextResponse;
import org.sourcebook.content.item.OptionId;
import org.sourcebook.persistence.ContentJson;

/**
 * One JSON form of a student's response, as stored with the answer: {@code {"type": "choice",
 * "chosen": [...]}}, {@code text}, {@code number} (exact decimal), {@code gaps}, {@code matching}
 * or {@code order}. Responses are stored exactly as given, so a later regrade sees what the
 * student answered.
 */
public final class ResponseJson {

    private static final ObjectMapper MAPPER = ContentJson.mapper();

    private ResponseJson() {}

    public static String write(Response response) {
        ObjectNode node = MAPPER.createObjectNode();
        if (response instanceof ChoiceResponse choice) {
            node.put("type", "choice");
            ArrayNode chosen = node.putArray("chosen");
            choice.chosen().stream().map(OptionId::value).sorted().forEach(chosen::add);
        } else if (response instanceof TextResponse text) {
            node.put("type", "text").put("text", text.text());
        } else if (response instanceof NumberResponse number) {
            node.put("type", "number").put("value", number.value());
        } else if (response instanceof GapResponse gaps) {
            node.put("type", "gaps");
            ArrayNode answers = node.putArray("answers");
            gaps.answers().forEach(answers::add);
        } else if (response instanceof MatchingResponse matching) {
            node.put("type", "matching");
            ObjectNode matches = node.putObject("matches");
            matching.matches().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey(Comparator.comparing(OptionId::value)))
                    .forEach(match -> matches.put(match.getKey().value(), match.getValue().value()));
        } else if (response instanceof OrderResponse order) {
            node.put("type", "order");
            ArrayNode entries = node.putArray("order");
            order.order().forEach(entry -> entries.add(entry.value()));
        }
        return node.toString();
    }

    /** @throws IllegalArgumentException if {@code json} is not a response written by {@link #write} */
    public static Response read(String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            return switch (node.path("type").asText()) {
                case "choice" -> new ChoiceResponse(optionSet(node.path("chosen")));
                case "text" -> new TextResponse(node.path("text").asText());
                case "number" -> new NumberResponse(node.path("value").decimalValue());
                case "gaps" -> new GapResponse(texts(node.path("answers")));
                case "matching" -> new MatchingResponse(matches(node.path("matches")));
                case "order" -> new OrderResponse(texts(node.path("order")).stream().map(OptionId::of).toList());
                default -> throw new IllegalArgumentException("Unknown response type in " + json);
            };
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A stored response is not valid JSON", e);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.asText()));
        return texts;
    }

    private static Set<OptionId> optionSet(JsonNode array) {
        Set<OptionId> ids = new HashSet<>();
        array.forEach(element -> ids.add(OptionId.of(element.asText())));
        return ids;
    }

    private static Map<OptionId, OptionId> matches(JsonNode object) {
        Map<OptionId, OptionId> matches = new LinkedHashMap<>();
        object.fields().forEachRemaining(field -> matches.put(OptionId.of(field.getKey()), OptionId.of(field.getValue().asText())));
        return matches;
    }
}
