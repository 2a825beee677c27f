package org.sourcebook.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeMarkdownTest {

    @Test
    void ordinaryMarkdownBecomesHtml() {
        assertThat(SafeMarkdown.toHtml("Read **carefully**:\n\n- who wrote it\n- [why](https://example.org)"))
                .contains("<strong>carefully</strong>")
                .contains("<li>who wrote it</li>")
                .contains("<a href=\"https://example.org\" rel=\"nofollow\">why</a>");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "Hello <script>alert(1)</script> world",
            "<div>\n<script>alert(1)</script>\n</div>",
            "<img src=x onerror=alert(1)>",
            "![pic](x\" onerror=\"alert(1))",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "<a href=\"javascript:alert(1)\">click</a>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<svg onload=alert(1)>",
            "<p style=\"background:url(javascript:alert(1))\">x</p>",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "<<script>script>alert(1)<</script>/script>"})
    void noScriptSurvivesHostileInput(String hostile) {
        Element body = Jsoup.parseBodyFragment(SafeMarkdown.toHtml(hostile)).body();

        assertThat(body.select("script, iframe, svg, img, object, embed, style")).isEmpty();
        body.getAllElements().forEach(element -> element.attributes().forEach(attribute -> {
            assertThat(attribute.getKey()).as("attribute of <%s>", element.tagName())
                    .isIn("href", "rel", "cite");
            assertThat(attribute.getValue().toLowerCase(Locale.ROOT).strip())
                    .doesNotStartWith("javascript:").doesNotStartWith("data:");
        }));
    }

    @Test
    void rawHtmlIsShownAsTextNotInterpreted() {
        assertThat(SafeMarkdown.toHtml("<b onclick=\"x()\">bold?</b>")).contains("&lt;b").doesNotContain("<b ");
    }

    @Test
    void aLinkWhoseTargetWasDroppedStaysAsPlainText() {
        assertThat(SafeMarkdown.toHtml("See [a javascript link](javascript:alert(1)) here."))
                .isEqualTo("<p>See a javascript link here.</p>");
        assertThat(SafeMarkdown.toHtml("See [the source](https://example.org).")).contains("<a href=\"https://example.org\"");
    }

    @Test
    void blankInputGivesNothing() {
        assertThat(SafeMarkdown.toHtml("  ")).isEmpty();
    }
}
