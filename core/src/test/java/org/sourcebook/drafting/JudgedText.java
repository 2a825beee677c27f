package org.sourcebook.drafting;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.sourcebook.content.source.DocumentId;
import org.sourcebook.content.source.DocumentMetadata;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.EnglishSegmenter;
import org.sourcebook.source.importing.DocumentImporter;
import org.sourcebook.source.importing.ImportException;
import org.sourcebook.source.importing.ImportLimits;
import org.sourcebook.source.importing.ImportedDocument;

/**
 * A document of the judged set: a text the engine was not written for, imported as a teacher's
 * upload would be (so a Markdown or HTML file goes through its importer), with the metadata of
 * its {@code .properties} file. The texts live on the test classpath under {@code
 * drafting/judged/texts/}; the demo statement is one of them.
 *
 * @param name the file name without its extension, e.g. {@code tay-bridge-disaster}
 * @param kind what kind of text it is, from its properties ({@code encyclopedia}, {@code science} ...)
 */
record JudgedText(String name, String kind, DocumentVersion version) {

    static final String DIRECTORY = "drafting/judged/texts/";
    private static final List<String> EXTENSIONS = List.of(".txt", ".md", ".html");

    /** The names of the judged texts in the classpath folder, the demo statement first. */
    static List<String> names() {
        try (Stream<Path> files = Files.list(Path.of(resource(DIRECTORY)))) {
            Stream<String> texts = files.map(path -> path.getFileName().toString())
                    .filter(file -> EXTENSIONS.stream().anyMatch(file::endsWith))
                    .map(file -> file.substring(0, file.lastIndexOf('.')))
                    .sorted();
            return Stream.concat(Stream.of("khojaly"), texts).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JudgedText load(String name) {
        if (name.equals("khojaly")) {
            GoldSet demo = GoldSet.load("khojaly");
            return new JudgedText(name, "official-statement", GoldSetEvaluationTest.versionOf(demo));
        }
        Path folder = Path.of(resource(DIRECTORY));
        Path file = EXTENSIONS.stream().map(extension -> folder.resolve(name + extension)).filter(Files::exists).findFirst()
                .orElseThrow(() -> new IllegalStateException("No judged text named " + name));
        return fromFile(file, name);
    }

    /** A text from any file, with the metadata of a {@code .properties} file beside it if there is one. */
    static JudgedText fromFile(Path file, String name) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            ImportedDocument imported = new DocumentImporter(ImportLimits.DEFAULTS).importFile(bytes, file.getFileName().toString(), null);
            Path propertiesFile = file.resolveSibling(name + ".properties");
            Properties properties = new Properties();
            if (Files.exists(propertiesFile)) {
                properties.load(new StringReader(Files.readString(propertiesFile, StandardCharsets.UTF_8)));
            }
            DocumentMetadata found = imported.metadata();
            var metadata = new DocumentMetadata(orElse(properties.getProperty("title"), found.title()),
                    blankToNull(orElse(properties.getProperty("author"), found.author())), blankToNull(properties.getProperty("publisher")),
                    blankToNull(properties.getProperty("date")), null, null, blankToNull(properties.getProperty("notes")));
            var id = new DocumentId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
            return new JudgedText(name, properties.getProperty("kind", "unknown"),
                    DocumentVersion.of(id, 1, imported.text(), metadata, new EnglishSegmenter()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ImportException e) {
            throw new IllegalStateException("Could not import " + file + ": " + e.getMessage(), e);
        }
    }

    private static String resource(String path) {
        var url = JudgedText.class.getClassLoader().getResource(path);
        if (url == null) {
            throw new IllegalStateException("Missing classpath folder " + path);
        }
        return url.getPath();
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

}
