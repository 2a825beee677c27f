package org.sourcebook.persistence;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.OptionId;
import org.sourcebook.content.lesson.BlockId;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.content.source.DocumentId;

/**
 * The JSON conventions for content-model records, shared by the database bodies and the bundle:
 * record components by field (no getters, so derived values are never written), identifiers as
 * plain strings, times as ISO-8601 text, absent values left out, unknown fields refused.
 */
public final class ContentJson {

    private ContentJson() {}

    /**
     * The mapper for content records and their JSON trees. Decimals stay exact both ways: 150 is
     * written as {@code 150}, not {@code 1.5E+2}, and read back as a BigDecimal, never a double.
     */
    public static ObjectMapper mapper() {
        return JsonMapper.builder()
                .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .addModule(new JavaTimeModule())
                .addModule(identifiersAsText())
                .build();
    }

    /** The wire name of an enum constant: {@code NEEDS_REVIEW} is {@code needs-review}. */
    public static String wireName(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @throws IllegalArgumentException naming {@code field} if no constant has that wire name */
    public static <E extends Enum<E>> E fromWireName(Class<E> type, String field, String wireName) {
        for (E constant : type.getEnumConstants()) {
            if (wireName(constant).equals(wireName)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("unknown " + field + " \"" + wireName + "\"");
    }

    private static SimpleModule identifiersAsText() {
        SimpleModule module = new SimpleModule("sourcebook-identifiers");
        asText(module, ItemId.class, text -> new ItemId(UUID.fromString(text)));
        asText(module, OptionId.class, OptionId::new);
        asText(module, DocumentId.class, DocumentId::parse);
        asText(module, LessonId.class, text -> new LessonId(UUID.fromString(text)));
        asText(module, BlockId.class, text -> new BlockId(UUID.fromString(text)));
        return module;
    }

    private static <T> void asText(SimpleModule module, Class<T> type, Function<String, T> parse) {
        module.addSerializer(type, ToStringSerializer.instance);
        module.addDeserializer(type, new FromStringDeserializer<T>(type) {
            @Override
            protected T _deserialize(String value, DeserializationContext context) {
                return parse.apply(value);
            }
        });
    }
}
