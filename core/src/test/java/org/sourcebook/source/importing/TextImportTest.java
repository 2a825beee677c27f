package org.sourcebook.source.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcebook.source.importing.Importing.imported;
import static org.sourcebook.source.importing.Importing.paragraphs;
import static org.sourcebook.source.importing.TestFiles.utf8;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextImportTest {

    @Test
    void plainTextKeepsItsParagraphsAndLines() {
        ImportedDocument document = imported(utf8("Title line\r\n\r\nFirst paragraph,\r\nsecond line.\r\n \r\nLast one.\r\n"), "notes.txt");

        assertThat(document.format()).isEqualTo(DocumentFormat.TEXT);
        assertThat(paragraphs(document)).containsExactly("Title line", "First paragraph,\nsecond line.", "Last one.");
        assertThat(document.metadata().title()).isEqualTo("Title line");
    }

    static Stream<Arguments> encodings() {
        String text = "“Quoted” café – naïve";
        return Stream.of(
                Arguments.of("UTF-8", utf8(text)),
                Arguments.of("UTF-8 with BOM", withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text, StandardCharsets.UTF_8)),
                Arguments.of("UTF-16 LE with BOM", withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, text, StandardCharsets.UTF_16LE)),
                Arguments.of("UTF-16 BE with BOM", withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, text, StandardCharsets.UTF_16BE)),
                Arguments.of("Windows-1252", text.getBytes(Charset.forName("windows-1252"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void decodesTheCommonEncodings(String encoding, byte[] bytes) {
        assertThat(imported(bytes, "quote.txt").text()).isEqualTo("“Quoted” café – naïve");
    }

    @Test
    void windows1252CurlyQuotesAndAccentsAreRecognisedByteByByte() {
        byte[] bytes = {(byte) 0x93, 'H', 'i', (byte) 0x94, ' ', 'c', 'a', 'f', (byte) 0xE9};

        assertThat(imported(bytes, null).text()).isEqualTo("“Hi” café");
    }

    @Test
    void invisibleCharactersAreDroppedBeforeNormalizing() {
        String sentence = " is a word that a stray control character once split from its accent.".repeat(2);
        byte[] bytes = utf8("\uFEFF\uFEFFcafe\u0007\u0301" + sentence);

        assertThat(imported(bytes, "a.txt").text()).isEqualTo("caf\u00E9" + sentence);
    }

    @Test
    void c1ControlsInUtf8AreTheWindows1252PunctuationTheyWereMeantAs() {
        assertThat(imported(utf8("\u0093Don\u0092t\u0094 \u0085 \u0096 fine"), "old.txt").text()).isEqualTo("“Don’t” … – fine");
    }

    @Test
    void textIsNormalizedToComposedCharacters() {
        assertThat(imported(utf8("cafe\u0301"), "a.txt").text()).isEqualTo("caf\u00E9");
    }

    @Test
    void markdownBecomesTextWithoutSyntax() {
        String markdown = """
                # The Title

                Intro with *emphasis*, **strong**, `code` and a [link](http://example.com "tip").
                It wraps onto a second line.

                ## Section

                - first item
                - second item with ![a chart](chart.png) image

                1. one
                2. two

                > A quote.

                ---

                <script>alert('markdown')</script>

                Last line\\
                after a hard break.
                """;

        ImportedDocument document = imported(utf8(markdown), "lesson.md");

        assertThat(document.format()).isEqualTo(DocumentFormat.MARKDOWN);
        assertThat(paragraphs(document)).containsExactly(
                "The Title",
                "Intro with emphasis, strong, code and a link. It wraps onto a second line.",
                "Section",
                "first item",
                "second item with image",
                "one",
                "two",
                "A quote.",
                "Last line\nafter a hard break.");
        assertThat(document.text()).doesNotContain("#", "*", "[", "](", "`", "http", "alert", "---", ">");
        assertThat(document.metadata().title()).isEqualTo("The Title");
    }

    @Test
    void markdownTitleIsTheFirstTopLevelHeading() {
        ImportedDocument document = imported(utf8("## Preface\n\nText.\n\n# Real Title\n\nMore."), "book.md");

        assertThat(document.metadata().title()).isEqualTo("Real Title");
    }

    @Test
    void markdownIsRecognisedByItsDeclaredType() throws ImportException {
        ImportedDocument document = Importing.IMPORTER.importFile(utf8("# Heading\n\nText."), null, "text/markdown; charset=utf-8");

        assertThat(paragraphs(document)).containsExactly("Heading", "Text.");
    }

    private static byte[] withBom(byte[] bom, String text, Charset charset) {
        byte[] body = text.getBytes(charset);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);
        return bytes;
    }
}
