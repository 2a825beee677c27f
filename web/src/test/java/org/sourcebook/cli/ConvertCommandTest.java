package org.sourcebook.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.lesson.Lesson;
import org.sourcebook.drafting.DraftingEngine;
import org.sourcebook.exchange.BundleCodec;
import org.sourcebook.exchange.BundleContent;

/** {@code convert} as a plain method call on a bundle drafted from a small document. */
class ConvertCommandTest {

    private static final Messages ENGLISH = Messages.of(Locale.ENGLISH);
    private static final String TEXT = "Xocalı was founded in 1613. According to the source, 613 people were killed on "
            + "26 February 1992.\n\nThe town of Şuşa lies nearby. In 1752 Şuşa became a fortress.";

    @TempDir
    Path folder;

    private final BundleCodec codec = new BundleCodec();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path bundle;

    @BeforeEach
    void draftABundle() throws IOException {
        Path source = Files.writeString(folder.resolve("xocali.txt"), TEXT);
        bundle = folder.resolve("xocali.json");
        int drafted = new DraftCommand(ENGLISH, DraftingEngine.english()::draft)
                .run(List.of(source.toString(), "-o", bundle.toString()), new PrintStream(out), new PrintStream(err));
        assertThat(drafted).isZero();
        out.reset();
        err.reset();
    }

    @Test
    void convertingToJsonWritesTheSameBundleAgain() throws IOException {
        Path converted = folder.resolve("again.json");

        assertThat(run(bundle.toString(), "--to", "json", "-o", converted.toString())).isZero();

        assertThat(Files.readString(converted)).isEqualTo(Files.readString(bundle));
        int items = codec.readContent(Files.readString(bundle)).items().size();
        assertThat(stderr()).isEqualTo("Wrote " + items + " items as json\n");
    }

    @ParameterizedTest
    @CsvSource({"gift, $CATEGORY: ", "moodle-xml, <?xml version=\"1.0\" encoding=\"UTF-8\"?>", "qti, PK", "anki, #separator:tab"})
    void everyFormatIsWrittenAndWhatItCannotCarryIsListed(String format, String start) throws IOException {
        Path converted = folder.resolve("out");

        assertThat(run(bundle.toString(), "--to", format, "-o", converted.toString())).isZero();

        assertThat(new String(Files.readAllBytes(converted), UTF_8)).startsWith(start);
        List<String> lines = stderr().lines().toList();
        assertThat(lines.get(lines.size() - 1)).startsWith("Wrote ").contains(" as " + format);
        assertThat(lines.subList(0, lines.size() - 1)).allMatch(line -> line.startsWith("Item ") && line.contains(" was left out: "));
    }

    @Test
    void withoutOutputTheFileGoesToStandardOutput() throws IOException {
        assertThat(run("--to=json", bundle.toString())).isZero();

        assertThat(out.toString(UTF_8)).isEqualTo(Files.readString(bundle));
    }

    @Test
    void itemsComeInTheOrderTheLessonsUseThemThenTheRest() throws IOException {
        BundleContent content = codec.readContent(Files.readString(bundle));
        Lesson lesson = content.lessons().get(0);

        List<Item> ordered = ConvertCommand.itemsInLessonOrder(content);

        assertThat(ordered).hasSameSizeAs(content.items());
        assertThat(ordered.subList(0, lesson.itemIds().size())).extracting(Item::id)
                .containsExactlyElementsOf(lesson.itemIds());
    }

    @Test
    void aMissingOrUnknownFormatIsAUsageError() {
        assertThat(run(bundle.toString())).isEqualTo(2);
        assertThat(stderr()).startsWith("No format given: add --to with one of gift, moodle-xml, qti, anki, json\n"
                + "Usage: java -jar sourcebook.jar convert BUNDLE.json --to FORMAT [-o OUT]\n");

        err.reset();
        assertThat(run(bundle.toString(), "--to", "docx")).isEqualTo(2);
        assertThat(stderr()).startsWith("Unknown format \"docx\": use one of gift, moodle-xml, qti, anki, json\n");
    }

    @Test
    void aFileThatIsNotABundleFailsWithTheReason() throws IOException {
        Path notABundle = Files.writeString(folder.resolve("notes.json"), "{\"title\": \"Xocalı\"}");

        assertThat(run(notABundle.toString(), "--to", "gift")).isEqualTo(1);

        assertThat(stderr()).isEqualTo("Cannot read " + notABundle
                + " as a Sourcebook bundle: This is not a Sourcebook bundle: \"format\" must be \"sourcebook-bundle\"\n");
    }

    @Test
    void aMissingFileFailsWithTheReason() {
        assertThat(run("nowhere.json", "--to", "gift")).isEqualTo(1);

        assertThat(stderr()).isEqualTo("Cannot read nowhere.json: no such file\n");
    }

    @Test
    void helpListsTheOptionsOnStandardOutput() {
        assertThat(run("--help")).isZero();

        assertThat(out.toString(UTF_8)).startsWith("Usage: java -jar sourcebook.jar convert BUNDLE.json --to FORMAT [-o OUT]\n")
                .contains("  --to FORMAT        the format to write: gift, moodle-xml, qti, anki or json\n");
    }

    private int run(String... args) {
        return new ConvertCommand(ENGLISH).run(List.of(args), new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
    }

    private String stderr() {
        return err.toString(UTF_8);
    }
}
