package org.sourcebook.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sourcebook.content.item.FactCard;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.ItemInfo;
import org.sourcebook.content.item.ItemOrigin;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.lesson.Lesson;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.TextRange;
import org.sourcebook.drafting.Draft;
import org.sourcebook.drafting.DraftOptions;
import org.sourcebook.drafting.DraftingEngine;
import org.sourcebook.exchange.Bundle;
import org.sourcebook.exchange.BundleCodec;
import org.sourcebook.exchange.BundleDocument;
import org.sourcebook.source.importing.ImportException;

/** {@code draft} as a plain method call: temp files in, bytes out, no Spring. */
class DraftCommandTest {

    private static final String TEXT = "The town was founded in 1613. It grew quickly.\n\nToday it is a city.";
    private static final Messages ENGLISH = Messages.of(Locale.ENGLISH);

    @TempDir
    Path folder;

    private final List<DraftOptions> optionsSeen = new ArrayList<>();
    private final BundleCodec codec = new BundleCodec();
    private Drafter drafter = this::oneFactCard;
    private ByteArrayOutputStream out = new ByteArrayOutputStream();
    private ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void writesTheDocumentItsItemsAndItsLessonAsABundleToStandardOutput() throws IOException {
        String file = file("town-history.txt", TEXT);

        assertThat(run(file)).isZero();

        Bundle bundle = codec.read(stdout());
        assertThat(bundle.documents()).singleElement().satisfies(document -> {
            assertThat(document.id()).isEqualTo(DraftCommand.documentId(TEXT).toString());
            assertThat(document.versions()).singleElement().satisfies(version -> {
                assertThat(version.version()).isEqualTo(1);
                assertThat(version.text()).isEqualTo(TEXT);
                assertThat(version.metadata().title()).isEqualTo("The town was founded in 1613");
            });
        });
        assertThat(bundle.items()).singleElement().satisfies(item -> assertThat(item.get("kind").asText()).isEqualTo("fact-card"));
        assertThat(bundle.lessons()).singleElement().satisfies(lesson -> assertThat(lesson.get("title").asText()).isEqualTo("The town was founded in 1613"));
        assertThat(stderr()).isEqualTo("Drafted 1 item from \"The town was founded in 1613\" (14 words)\n");
    }

    @Test
    void theDraftingEngineItselfGivesAReadableBundle() throws IOException {
        drafter = DraftingEngine.english()::draft;

        assertThat(run(file("Khojaly.md", "# Khojaly\n\n" + TEXT))).isZero();

        Bundle bundle = codec.read(stdout());
        assertThat(bundle.documents()).singleElement().satisfies(document -> assertThat(title(document)).isEqualTo("Khojaly"));
        assertThat(bundle.lessons()).singleElement().satisfies(lesson -> assertThat(lesson.get("title").asText()).isEqualTo("Khojaly"));
        assertThat(stderr()).startsWith("Drafted ").endsWith(" from \"Khojaly\" (15 words)\n");
    }

    @Test
    void theSameFileAndOptionsGiveTheSameBytes() throws IOException {
        String file = file("town.txt", TEXT);

        assertThat(run(file, "--max-items", "7")).isZero();
        byte[] first = out.toByteArray();
        out = new ByteArrayOutputStream();
        assertThat(run(file, "--max-items", "7")).isZero();

        assertThat(out.toByteArray()).isEqualTo(first);
    }

    @Test
    void theSameFileGivesTheSameBytesWithTheDraftingEngine() throws IOException {
        drafter = DraftingEngine.english()::draft;
        theSameFileAndOptionsGiveTheSameBytes();
    }

    @Test
    void theDocumentIdDependsOnTheTextOnly() throws IOException {
        assertThat(run(file("one.txt", TEXT))).isZero();
        String first = codec.read(stdout()).documents().get(0).id();
        out = new ByteArrayOutputStream();
        assertThat(run(file("two.txt", TEXT))).isZero();
        String second = codec.read(stdout()).documents().get(0).id();

        assertThat(second).isEqualTo(first);
        assertThat(DraftCommand.documentId(TEXT + " More.")).isNotEqualTo(DraftCommand.documentId(TEXT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--title", "--title="})
    void titleReplacesTheImportedTitle(String option) throws IOException {
        String file = file("town.txt", TEXT);
        List<String> args = option.endsWith("=") ? List.of(file, option + "Khojaly, 1992 ") : List.of(file, option, "Khojaly, 1992 ");

        assertThat(run(args.toArray(String[]::new))).isZero();

        assertThat(title(codec.read(stdout()).documents().get(0))).isEqualTo("Khojaly, 1992");
        assertThat(stderr()).contains("from \"Khojaly, 1992\"");
    }

    @Test
    void limitsReachTheDrafter() throws IOException {
        String file = file("town.txt", TEXT);

        assertThat(run("--max-items", "5", "--max-per-kind=2", file, "--quiz-questions", "3", "--deck-cards", "0", "--per-100-words", "0"))
                .isZero();
        assertThat(run(file)).isZero();

        assertThat(optionsSeen).containsExactly(new DraftOptions(5, 2, 3, 0, 0, DraftOptions.MIN_QUALITY), DraftOptions.DEFAULTS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-o", "--output"})
    void outputWritesTheBundleToAFileAndNothingToStandardOutput(String option) throws IOException {
        String file = file("town.txt", TEXT);
        assertThat(run(file)).isZero();
        String expected = stdout();
        out = new ByteArrayOutputStream();
        Path output = folder.resolve("bundle.json");

        assertThat(run(file, option, output.toString())).isZero();

        assertThat(stdout()).isEmpty();
        assertThat(Files.readString(output, UTF_8)).isEqualTo(expected);
    }

    @Test
    void doubleDashEndsTheOptionsSoAFileMayStartWithADash() {
        assertThat(run("--", "-odd.txt")).isEqualTo(1);

        assertThat(stderr()).isEqualTo("Cannot read -odd.txt: no such file\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-h", "--help"})
    void helpPrintsTheUsageToStandardOutput(String option) {
        assertThat(run(option)).isZero();

        assertThat(stdout()).startsWith("Usage: java -jar sourcebook.jar draft FILE [options]\n")
                .contains("\n  --max-items N       at most N items in all (default: " + DraftOptions.DEFAULTS.maxItems() + ")\n")
                .contains("\n  -o, --output FILE   write the bundle to FILE instead of standard output\n")
                .endsWith("2 wrong usage.\n");
        assertThat(stderr()).isEmpty();
    }

    static Stream<Arguments> usageErrors() {
        return Stream.of(
                Arguments.of(List.of("--bogus", "FILE"), "Unknown option: --bogus"),
                Arguments.of(List.of(), "No FILE given: name the document to draft from"),
                Arguments.of(List.of("--max-items", "5"), "No FILE given: name the document to draft from"),
                Arguments.of(List.of("FILE", "--max-items", "many"), "Option --max-items needs a whole number, 0 or more, not \"many\""),
                Arguments.of(List.of("FILE", "--deck-cards", "-1"), "Option --deck-cards needs a whole number, 0 or more, not \"-1\""),
                Arguments.of(List.of("FILE", "--quiz-questions=99999999999"), "Option --quiz-questions needs a whole number, 0 or more, not \"99999999999\""),
                Arguments.of(List.of("FILE", "--max-per-kind"), "Option --max-per-kind needs a value"),
                Arguments.of(List.of("FILE", "other.txt", "third.txt"), "Give only one FILE; also given: other.txt third.txt"),
                Arguments.of(List.of("FILE", "--title", " "), "The title given with --title must not be blank"),
                Arguments.of(List.of("FILE", "--title", "x".repeat(301)), "The title given with --title may have at most 300 characters"));
    }

    @ParameterizedTest
    @MethodSource("usageErrors")
    void usageErrorsExitWith2AndShowTheUsage(List<String> args, String message) throws IOException {
        String file = file("town.txt", TEXT);

        int exitCode = run(args.stream().map(arg -> arg.equals("FILE") ? file : arg).toArray(String[]::new));

        assertThat(exitCode).isEqualTo(2);
        assertThat(stderr()).startsWith(message + "\nUsage: java -jar sourcebook.jar draft FILE [options]\n");
        assertThat(stdout()).isEmpty();
        assertThat(optionsSeen).isEmpty();
    }

    @Test
    void aMissingFileExitsWith1() {
        String missing = folder.resolve("missing.txt").toString();

        assertThat(run(missing)).isEqualTo(1);

        assertThat(stderr()).isEqualTo("Cannot read " + missing + ": no such file\n");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void aFolderIsNotAFile() {
        assertThat(run(folder.toString())).isEqualTo(1);

        assertThat(stderr()).isEqualTo("Cannot read " + folder + ": it is a folder, not a file\n");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void anEmptyFileCannotBeImported() throws IOException {
        String empty = file("empty.txt", "");

        assertThat(run(empty)).isEqualTo(1);

        assertThat(stderr()).isEqualTo("Cannot import " + empty + ": The file is empty\n");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void aBrokenPdfCannotBeImported() throws IOException {
        String broken = file("broken.pdf", "%PDF-1.7\nnot really a PDF\n");

        assertThat(run(broken)).isEqualTo(1);

        assertThat(stderr()).isEqualTo("Cannot import " + broken + ": The file could not be read as PDF: it may be damaged\n");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void aFileOverTheImportLimitIsRefused() throws IOException {
        Path big = folder.resolve("big.txt");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(64L * 1024 * 1024); // sparse: quick to make, and never read
        }

        assertThat(run(big.toString())).isEqualTo(1);

        assertThat(stderr()).isEqualTo("Cannot import " + big + ": The file is 64 MB; the limit is 10 MB\n");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void anOutputFileThatCannotBeWrittenExitsWith1() throws IOException {
        String file = file("town.txt", TEXT);
        String output = folder.resolve("no-such-folder").resolve("bundle.json").toString();

        assertThat(run(file, "-o", output)).isEqualTo(1);

        assertThat(stderr()).isEqualTo("Cannot write " + output + ": no such folder\n");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void aFailingStandardOutputExitsWith1() throws IOException {
        String file = file("town.txt", TEXT);
        OutputStream closed = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };

        assertThat(new DraftCommand(ENGLISH, drafter).run(List.of(file), new PrintStream(closed), print(err))).isEqualTo(1);

        assertThat(stderr()).isEqualTo("Cannot write the bundle to standard output\n");
    }

    @Test
    void anUnexpectedFailureIsOneLineNotAStackTrace() throws IOException {
        drafter = (version, options) -> {
            throw new IllegalStateException("engine broke");
        };

        assertThat(run(file("town.txt", TEXT))).isEqualTo(1);

        assertThat(stderr()).isEqualTo("Drafting failed unexpectedly: java.lang.IllegalStateException: engine broke\n");
        assertThat(stdout()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"az", "az-AZ", "az-Latn-AZ"})
    void messagesAreInAzerbaijaniWhenTheLanguageIsAzerbaijani(String tag) throws IOException {
        String file = file("town.txt", TEXT);
        String missing = folder.resolve("yoxdur.txt").toString();
        Messages azerbaijani = Messages.of(Locale.forLanguageTag(tag));

        assertThat(run(azerbaijani, missing)).isEqualTo(1);
        assertThat(run(azerbaijani, file, "--bogus")).isEqualTo(2);
        assertThat(run(azerbaijani, file("broken.pdf", "%PDF-1.7\nnot really a PDF\n"))).isEqualTo(1);
        assertThat(run(azerbaijani, file)).isZero();

        assertThat(stderr()).startsWith(missing + " oxuna bilmir: belə fayl yoxdur\nNaməlum seçim: --bogus\n"
                        + "İstifadə: java -jar sourcebook.jar draft FAYL [seçimlər]\n")
                .contains("broken.pdf idxal edilə bilmir: Faylı PDF kimi oxumaq mümkün olmadı: fayl zədələnmiş ola bilər\n")
                .endsWith("«The town was founded in 1613» sənədindən 1 element hazırlandı (14 söz)\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-US", "de", "ru", ""})
    void otherLanguagesGetEnglish(String tag) {
        assertThat(Messages.of(Locale.forLanguageTag(tag)).get("cli.io.no-such-file")).isEqualTo("no such file");
    }

    @ParameterizedTest
    @EnumSource(ImportException.Reason.class)
    void englishImportMessagesAreTheImportersOwn(ImportException.Reason reason) {
        assertThat(ENGLISH.get("cli.import." + reason.name(), "12 MB", "10 MB"))
                .isEqualTo(new ImportException(reason, "12 MB", "10 MB").getMessage());
    }

    private int run(String... args) {
        return run(ENGLISH, args);
    }

    private int run(Messages messages, String... args) {
        return new DraftCommand(messages, drafter).run(List.of(args), print(out), print(err));
    }

    private Draft oneFactCard(DocumentVersion version, DraftOptions options) {
        optionsSeen.add(options);
        TextRange first = version.sentences().get(0);
        ItemInfo info = new ItemInfo(new ItemId(derivedUuid(version, "card")), "When was the town founded?", "",
                List.of(version.cite(first)), List.of(), ItemStatus.DRAFT, ItemOrigin.DRAFTED, 0.5);
        Lesson lesson = new Lesson(new LessonId(derivedUuid(version, "lesson")), version.metadata().title(), "",
                List.of(), List.of());
        return new Draft(version, List.of(new FactCard(info, "1613")), lesson);
    }

    private static UUID derivedUuid(DocumentVersion version, String what) {
        return UUID.nameUUIDFromBytes((version.sha256() + what).getBytes(UTF_8));
    }

    private String file(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, UTF_8).toString();
    }

    private static String title(BundleDocument document) {
        return document.versions().get(0).metadata().title();
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, UTF_8);
    }

    private String stdout() {
        return out.toString(UTF_8);
    }

    private String stderr() {
        return err.toString(UTF_8);
    }
}
