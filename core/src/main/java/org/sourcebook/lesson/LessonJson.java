package org.sourcebook.lesson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sourcebook.content.lesson.Block;
import org.sourcebook.content.lesson.BlockKind;
import org.sourcebook.content.lesson.DiscussionPrompt;
import org.sourcebook.content.lesson.FactCardDeck;
import org.sourcebook.content.lesson.Lesson;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.content.lesson.Quiz;
import org.sourcebook.content.lesson.ReadingExcerpt;
import org.sourcebook.content.lesson.SourceAnalysis;
import org.sourcebook.content.lesson.Timeline;
import org.sourcebook.persistence.ContentJson;

/**
 * One JSON form of a lesson, for its database body and for bundles: {@code id, title, summary,
 * objectives, blocks}, each block with its {@code type} first (e.g. {@code "quiz"}), then its own
 * fields.
 */
public final class LessonJson {

    private static final Map<BlockKind, Class<? extends Block>> TYPES = Map.of(
            BlockKind.READING_EXCERPT, ReadingExcerpt.class,
            BlockKind.FACT_CARD_DECK, FactCardDeck.class,
            BlockKind.QUIZ, Quiz.class,
            BlockKind.TIMELINE, Timeline.class,
            BlockKind.DISCUSSION_PROMPT, DiscussionPrompt.class,
            BlockKind.SOURCE_ANALYSIS, SourceAnalysis.class);
    private static final Set<String> FIELDS = Set.of("id", "title", "summary", "objectives", "blocks");

    private final ObjectMapper mapper = ContentJson.mapper();

    public ObjectNode write(Lesson lesson) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", lesson.id().toString());
        node.put("title", lesson.title());
        node.put("summary", lesson.summary());
        node.set("objectives", mapper.valueToTree(lesson.objectives()));
        ArrayNode blocks = node.putArray("blocks");
        for (Block block : lesson.blocks()) {
            ObjectNode typed = blocks.addObject();
            typed.put("type", ContentJson.wireName(block.kind()));
            typed.setAll((ObjectNode) mapper.valueToTree(block));
        }
        return node;
    }

    /** @throws IllegalArgumentException naming the lesson and what is wrong with it, fit to show */
    public Lesson read(JsonNode node) {
        String id = node.path("id").asText("?");
        try {
            node.fieldNames().forEachRemaining(field -> {
                if (!FIELDS.contains(field)) {
                    throw new IllegalArgumentException("unknown field \"" + field + "\"");
                }
            });
            return new Lesson(mapper.treeToValue(node.get("id"), LessonId.class), node.path("title").asText(""),
                    node.path("summary").asText(""), List.of(mapper.treeToValue(node.path("objectives"), String[].class)),
                    blocks(node.path("blocks")));
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException invalid) {
            String message = invalid.getMessage() == null ? invalid.getClass().getSimpleName() : invalid.getMessage();
            throw new IllegalArgumentException("Lesson " + id + " is not valid: " + message.lines().findFirst().orElse(""),
                    invalid);
        }
    }

    /** A lesson body as stored in the database, which this class wrote. */
    Lesson readStored(String body) {
        try {
            return read(mapper.readTree(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored lesson body is not valid JSON", e);
        }
    }

    private List<Block> blocks(JsonNode blocks) throws JsonProcessingException {
        List<Block> result = new ArrayList<>();
        for (JsonNode block : blocks) {
            ObjectNode fields = block.deepCopy();
            JsonNode type = fields.remove("type");
            BlockKind kind = ContentJson.fromWireName(BlockKind.class, "block type", type == null ? "" : type.asText());
            result.add(mapper.treeToValue(fields, TYPES.get(kind)));
        }
        return result;
    }
}
