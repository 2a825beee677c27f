package org.sourcebook.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Whatever a teacher writes, the HTML made from it holds only elements and attributes of jsoup's
 * basic safelist: no script, no event handler, no javascript: link. The web app renders lesson
 * text through {@link SafeMarkdown}, so this covers Markdown rendering without a Vaadin session.
 * Seeds live in {@code SafeMarkdownFuzzTestInputs/anyMarkdown/}; fuzz with
 * {@code ./mvnw -o -pl content-model,core test -Pfuzz -Dtest=SafeMarkdownFuzzTest}.
 */
class SafeMarkdownFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void anyMarkdown(byte[] bytes) {
        String html = SafeMarkdown.toHtml(new String(bytes, StandardCharsets.UTF_8));

        assertThat(Jsoup.isValid(html, Safelist.basic())).as(html).isTrue();
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).doesNotStartWithIgnoringCase("on");
                assertThat(attribute.getValue().strip()).doesNotStartWithIgnoringCase("javascript:");
            }
        }
    }
}
