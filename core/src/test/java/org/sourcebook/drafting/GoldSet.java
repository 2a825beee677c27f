package org.sourcebook.drafting;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A hand-made gold set for measuring the drafting engine's recall: a document, its metadata and the
 * facts a teacher would ask about. Files live on the test classpath under {@code drafting/gold/}:
 * {@code <name>.txt}, {@code <name>.properties} and {@code <name>.gold.tsv}. The demo document
 * ({@code khojaly}) is the one the app ships, so its text and metadata come from {@code demo/}.
 *
 * @param name the gold set's name, e.g. {@code water-cycle}
 * @param text the document text exactly as stored (UTF-8, not normalized)
 * @param metadata title, author, publisher, date and notes
 * @param facts the gold facts in file order
 */
public record GoldSet(String name, String text, Properties metadata, List<GoldFact> facts) {

    private static final String DIRECTORY = "drafting/gold/";
    private static final String DEMO_NAME = "khojaly";
    private static final String DEMO_BASE = "demo/khojaly-29th-anniversary";
    private static final String HEADER = "answer\tsentence\tkind";

    /** The six kinds a gold answer can have. */
    public static final List<String> KINDS = List.of("number", "date", "person", "place", "organisation", "term");

    public GoldSet {
        facts = List.copyOf(facts);
    }

    /**
     * One gold fact: drafting recalls it when a drafted item cites the sentence and its answer
     * contains {@code answer}.
     *
     * @param answer the answer text, verbatim inside {@code sentence}
     * @param sentence an exact substring of one sentence of the document that holds the answer
     * @param kind one of {@link GoldSet#KINDS}
     * @param lineNumber where the fact is in its {@code .gold.tsv} file, counting from 1
     */
    public record GoldFact(String answer, String sentence, String kind, int lineNumber) {}

    /** The names of all gold sets, the demo document first. */
    public static List<String> names() {
        return List.of(DEMO_NAME, "water-cycle", "un-security-council", "marie-curie");
    }

    /**
     * Loads one gold set from the classpath.
     *
     * @throws IllegalStateException if a file is missing, is not valid UTF-8, or a gold line does
     *     not have exactly three tab-separated fields
     */
    public static GoldSet load(String name) {
        String base = DEMO_NAME.equals(name) ? DEMO_BASE : DIRECTORY + name;
        String text = readUtf8(base + ".txt");
        Properties metadata = new Properties();
        try {
            metadata.load(new StringReader(readUtf8(base + ".properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String goldFile = DIRECTORY + name + ".gold.tsv";
        return new GoldSet(name, text, metadata, parse(goldFile, readUtf8(goldFile)));
    }

    private static List<GoldFact> parse(String file, String content) {
        List<GoldFact> facts = new ArrayList<>();
        boolean headerSeen = false;
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("#") || (line.isEmpty() && i == lines.length - 1)) {
                continue;
            }
            if (!headerSeen) {
                if (!line.equals(HEADER)) {
                    throw new IllegalStateException(file + ":" + (i + 1) + ": expected the header " + HEADER.replace("\t", "<TAB>"));
                }
                headerSeen = true;
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 3) {
                throw new IllegalStateException(file + ":" + (i + 1) + ": expected 3 tab-separated fields, found " + fields.length);
            }
            facts.add(new GoldFact(fields[0], fields[1], fields[2], i + 1));
        }
        if (!headerSeen) {
            throw new IllegalStateException(file + ": no header line");
        }
        return facts;
    }

    private static String readUtf8(String resource) {
        try (InputStream in = GoldSet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + resource);
            }
            // A strict decoder: malformed UTF-8 fails instead of turning into U+FFFD.
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(in.readAllBytes())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(resource + " is not valid UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
