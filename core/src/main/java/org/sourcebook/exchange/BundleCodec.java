package org.sourcebook.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.sourcebook.content.source.TextNormalization;
import org.springframework.stereotype.Component;

/**
 * Writes and reads bundles. Output is deterministic (fixed field order, two-space indentation,
 * {@code \n} line ends, absent values left out), so export, import and export again gives the same
 * bytes. Reading is strict: an unknown field or a newer format version is refused with a message,
 * never silently dropped.
 */
@Component
public class BundleCodec {

    private final ObjectMapper json = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    /** The bundle of {@code content}, sorted by id as {@link BundleContent} describes; for other packages. */
    public String write(BundleContent content) {
        return write(content.toBundle());
    }

    public String write(Bundle bundle) {
        try {
            return json.writeValueAsString(bundle).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A bundle could not be written as JSON", e);
        }
    }

    /**
     * @throws BundleFormatException if the text is not JSON, not a Sourcebook bundle, of a newer
     *     format version, or not valid against the format
     */
    public Bundle read(String text) {
        JsonNode tree = parse(text);
        checkFormat(tree);
        try {
            return json.treeToValue(tree, Bundle.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new BundleFormatException("The bundle does not match format version " + Bundle.FORMAT_VERSION + ": "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /**
     * The content of a bundle as content-model values, checked as {@link #read(String)} does and
     * with every citation's quote found in a bundled version.
     *
     * @throws BundleFormatException naming what is wrong
     */
    public BundleContent readContent(String text) {
        return BundleContent.of(read(text));
    }

    /**
     * The text of a bundle file: UTF-8, a byte-order mark dropped.
     *
     * @throws BundleFormatException if the bytes are not UTF-8
     */
    public static String decode(byte[] file) {
        String text = TextNormalization.decodeUtf8(file)
                .orElseThrow(() -> new BundleFormatException("The file is not UTF-8 text"));
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new BundleFormatException("The file is not valid JSON (line " + e.getLocation().getLineNr() + ")", e);
        }
    }

    private static void checkFormat(JsonNode tree) {
        if (!tree.isObject() || !Bundle.FORMAT.equals(tree.path("format").asText())) {
            throw new BundleFormatException("This is not a Sourcebook bundle: \"format\" must be \"" + Bundle.FORMAT + "\"");
        }
        int version = tree.path("formatVersion").asInt(-1);
        if (version > Bundle.FORMAT_VERSION) {
            throw new BundleFormatException("This bundle has format version " + version
                    + ", newer than this Sourcebook reads (" + Bundle.FORMAT_VERSION + ")");
        }
        if (version < 1) {
            throw new BundleFormatException("The bundle has no valid \"formatVersion\"");
        }
    }
}
