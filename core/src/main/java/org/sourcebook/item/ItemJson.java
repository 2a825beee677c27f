package org.sourcebook.item;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sourcebook.content.item.Cloze;
import org.sourcebook.content.item.FactCard;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.ItemInfo;
import org.sourcebook.content.item.ItemKind;
import org.sourcebook.content.item.ItemOrigin;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.item.Matching;
import org.sourcebook.content.item.MultipleResponse;
import org.sourcebook.content.item.Numeric;
import org.sourcebook.content.item.Ordering;
import org.sourcebook.content.item.ShortAnswer;
import org.sourcebook.content.item.SingleChoice;
import org.sourcebook.content.item.TrueFalse;
import org.sourcebook.content.source.Span;
import org.sourcebook.persistence.ContentJson;

/**
 * One JSON form of an item, used both for the item's database body and in bundles: the shared
 * fields first ({@code id, kind, status, origin, quality, prompt, answer, feedback, tags,
 * citations}), then the kind's own data under {@code details}. {@code answer} is derived from the
 * details and checked on reading, so a hand-edited answer that disagrees is refused, not ignored.
 */
public final class ItemJson {

    private static final Map<ItemKind, Class<? extends Item>> TYPES = Map.of(
            ItemKind.FACT_CARD, FactCard.class,
            ItemKind.SINGLE_CHOICE, SingleChoice.class,
            ItemKind.MULTIPLE_RESPONSE, MultipleResponse.class,
            ItemKind.TRUE_FALSE, TrueFalse.class,
            ItemKind.SHORT_ANSWER, ShortAnswer.class,
            ItemKind.NUMERIC, Numeric.class,
            ItemKind.CLOZE, Cloze.class,
            ItemKind.MATCHING, Matching.class,
            ItemKind.ORDERING, Ordering.class);

    private final ObjectMapper mapper = ContentJson.mapper();

    public ObjectNode write(Item item) {
        ItemInfo info = item.info();
        ObjectNode node = mapper.createObjectNode();
        node.put("id", info.id().value().toString());
        node.put("kind", ContentJson.wireName(item.kind()));
        node.put("status", ContentJson.wireName(info.status()));
        node.put("origin", ContentJson.wireName(info.origin()));
        node.put("quality", info.qualityScore());
        node.put("prompt", info.prompt());
        node.put("answer", item.canonicalAnswer());
        node.put("feedback", info.feedback());
        node.set("tags", mapper.valueToTree(info.tags()));
        node.set("citations", mapper.valueToTree(info.citations()));
        ObjectNode details = mapper.valueToTree(item);
        details.remove("info");
        node.set("details", details);
        return node;
    }

    /**
     * @throws IllegalArgumentException naming the item and what is wrong with it, fit to show
     */
    public Item read(JsonNode node) {
        String id = node.path("id").asText("?");
        try {
            ItemKind kind = ContentJson.fromWireName(ItemKind.class, "kind", required(node, "kind"));
            ObjectNode data = node.path("details").isObject() ? node.path("details").deepCopy() : mapper.createObjectNode();
            data.set("info", mapper.valueToTree(info(node)));
            Item item = mapper.treeToValue(data, TYPES.get(kind));
            requireAnswerMatches(node, item);
            return item;
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException invalid) {
            throw new IllegalArgumentException("Item " + id + " is not valid: " + firstLine(invalid), invalid);
        }
    }



    private ItemInfo info(JsonNode node) throws JsonProcessingException {
        return new ItemInfo(
                new ItemId(UUID.fromString(required(node, "id"))),
                required(node, "prompt"),
                node.path("feedback").asText(""),
                List.of(mapper.treeToValue(node.path("citations"), Span[].class)),
                tags(node.path("tags")),
                ContentJson.fromWireName(ItemStatus.class, "status", required(node, "status")),
                ContentJson.fromWireName(ItemOrigin.class, "origin", required(node, "origin")),
                node.path("quality").asDouble(Double.NaN));
    }

    private static List<String> tags(JsonNode tags) {
        List<String> result = new ArrayList<>();
        tags.forEach(tag -> result.add(tag.asText()));
        return result;
    }

    private static void requireAnswerMatches(JsonNode node, Item item) {
        String written = node.path("answer").asText(null);
        if (written != null && !written.equals(item.canonicalAnswer())) {
            throw new IllegalArgumentException("\"answer\" says \"" + written + "\" but the details give \""
                    + item.canonicalAnswer() + "\"; change the details, not the answer");
        }
    }

    private static String required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("\"" + field + "\" is missing");
        }
        return value.asText();
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }


}
