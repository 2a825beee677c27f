package org.sourcebook.source.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcebook.source.importing.Importing.imported;
import static org.sourcebook.source.importing.Importing.paragraphs;
import static org.sourcebook.source.importing.TestFiles.utf8;

import java.nio.charset.Charset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlImportTest {

    @Test
    void blockElementsBecomeParagraphs() {
        String page = """
                <!DOCTYPE html>
                <html lang="en"><head><meta name="author" content="Press Office">
                <title>29th anniversary</title></head>
                <body>
                  <h1>Khojaly</h1>
                  <p>On February 26, 1992   the town
                     was <b>attacked</b>.<br>Many died.</p>
                  <ul><li>First point</li><li>Second <i>point</i></li></ul>
                  <table><tr><td>Cell one</td><td>Cell two</td></tr></table>
                  <div>Closing words &amp; thanks&nbsp;&mdash; &lt;end&gt;</div>
                </body></html>
                """;

        ImportedDocument document = imported(utf8(page), "statement.html");

        assertThat(document.format()).isEqualTo(DocumentFormat.HTML);
        assertThat(paragraphs(document)).containsExactly(
                "Khojaly",
                "On February 26, 1992 the town was attacked.\nMany died.",
                "First point",
                "Second point",
                "Cell one",
                "Cell two",
                "Closing words & thanks\u00A0— <end>");
        assertThat(document.metadata().title()).isEqualTo("29th anniversary");
        assertThat(document.metadata().author()).isEqualTo("Press Office");
    }

    @Test
    void hostileMarkupLeavesNothingButTheVisibleText() {
        String page = """
                <!doctype html><html><head><title>Hostile</title>
                <style>p { color: red } /* style text */</style>
                <script>alert('head script')</script></head>
                <body onload="steal()">
                <p onclick="evil()">Visible text.</p>
                <script>var secret = 'body script';</script>
                <iframe src="https://evil.example">iframe fallback</iframe>
                <noscript>Enable JavaScript</noscript>
                <template><p>Template text</p></template>
                <div hidden>Hidden div</div>
                <p style="display: none">Invisible paragraph</p>
                <span style="VISIBILITY:hidden">Invisible span</span>
                <p aria-hidden="true">Decorative</p>
                <nav><a href="/">Home</a> | <a href="/about">About</a></nav>
                <form><input value="typed"><button>Send</button><select><option>Choice</option></select></form>
                <object data="x.swf">Object fallback</object>
                <svg><text>SVG text</text></svg>
                <p>Second &amp; last <a href="javascript:evil()">link</a>.</p>
                <!-- a comment -->
                </body></html>
                """;

        ImportedDocument document = imported(utf8(page), "hostile.html");

        assertThat(document.text()).isEqualTo("Visible text.\n\nSecond & last link.");
        assertThat(document.text()).doesNotContain("script", "style", "evil", "iframe", "Hidden", "Invisible", "Template",
                "Home", "Send", "Choice", "SVG", "comment", "<", ">");
    }

    @Test
    void preformattedTextKeepsItsLines() {
        ImportedDocument document = imported(utf8("<html><body><pre>line one\n  line two</pre><p>After</p></body></html>"), null);

        assertThat(paragraphs(document)).containsExactly("line one\n  line two", "After");
    }

    @Test
    void aPageWithoutTitleIsNamedByItsFirstHeading() {
        ImportedDocument document = imported(utf8("<html><body><h2>Section</h2><h1>Main</h1><p>Text</p></body></html>"), "page.html");

        assertThat(document.metadata().title()).isEqualTo("Main");
    }




    static Stream<Arguments> legacyPages() {
        return Stream.of(
                legacyPage("meta charset", "<meta charset=\"windows-1251\">", "Ходжалы", "windows-1251"),
                legacyPage("http-equiv", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-2\">",
                        "Łódź", "ISO-8859-2"),
                legacyPage("nothing declared", "", "“Quoted” café", "windows-1252"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("legacyPages")
    void aPageThatIsNotUtf8IsReadInItsDeclaredCharsetElseWindows1252(String description, byte[] page, String expected) {
        assertThat(imported(page, "old.html").text()).isEqualTo(expected);
    }

    @Test
    void aFragmentNamedHtmlIsReadAsHtml() {
        ImportedDocument document = imported(utf8("<h1>Title</h1><p>One</p><p>Two</p>"), "fragment.html");

        assertThat(paragraphs(document)).containsExactly("Title", "One", "Two");
    }

    private static Arguments legacyPage(String description, String meta, String text, String charset) {
        String page = "<html><head>" + meta + "</head><body><p>" + text + "</p></body></html>";
        return Arguments.of(description, page.getBytes(Charset.forName(charset)), text);
    }
}
