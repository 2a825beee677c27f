package org.sourcebook.exchange.anki;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sourcebook.content.item.Cloze;
import org.sourcebook.content.item.ClozeGap;
import org.sourcebook.content.item.FactCard;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemInfo;
import org.sourcebook.content.item.TextComparison;
import org.sourcebook.exchange.items.ExportSet;
import org.sourcebook.exchange.items.ExportedFile;
import org.sourcebook.exchange.items.FixedIds;
import org.sourcebook.exchange.items.ItemFormat;
import org.sourcebook.exchange.items.ItemIssue;
import org.sourcebook.exchange.items.RandomTexts;
import org.sourcebook.exchange.items.SampleItems;

class AnkiWriterTest {

    private static final Pattern CLOZE_OPENING = Pattern.compile("\\{\\{c\\d+::");

    private final AnkiWriter writer = new AnkiWriter();

    @Test
    void writesTheHeadersThenOneNoteALineWithEscapedHtmlCitationsAndTags() {
        List<Item> items = List.of(
                FixedIds.withId(SampleItems.factCard(), "00000000-0000-4000-8000-000000000001"),
                FixedIds.withId(SampleItems.singleChoice(), "00000000-0000-4000-8000-000000000002"),
                FixedIds.withId(SampleItems.cloze(), "00000000-0000-4000-8000-000000000003"));

        String file = text(writer.export(new ExportSet("Xocalı: dərs 1", items)));

        String source = "Source: “According to the source, 613 people of Xocalı were killed.”";
        assertThat(file).isEqualTo("#separator:tab\n"
                + "#html:true\n"
                + "#guid column:1\n"
                + "#notetype column:2\n"
                + "#deck column:3\n"
                + "#tags column:6\n"
                + "00000000-0000-4000-8000-000000000001\tBasic\tXocalı: dərs 1\t"
                + "When, according to the source, was Xocalı founded? {year} ~ = # : \\\t"
                + "1613 — Xocalı şəhərində ğ ö ş ç ü İ<br><br>It says: 1613 &lt;b&gt;&amp;&lt;/b&gt;<br>" + source
                + "\tkhojaly ə-tag\n"
                + "00000000-0000-4000-8000-000000000002\tBasic\tXocalı: dərs 1\t"
                + "Which town does the source name? (ə: 1 = 2 ~ 3 # 4 {5})<br><br>A) Xocalı<br>B) Şuşa {not} ~ this"
                + "<br>C) Ağdam = 1 # 2\t"
                + "A) Xocalı<br><br>See the first paragraph.<br>" + source + "\tkhojaly ə-tag\n"
                + "00000000-0000-4000-8000-000000000003\tCloze\tXocalı: dərs 1\t"
                + "According to the source, the events took place in {{c1::Xocalı}} in {{c2::1992}} &#123;sic&#125;.\t"
                + "Both names are in the first paragraph.<br>" + source + "\tkhojaly ə-tag\n");
    }

    @Test
    void everyKindBecomesABasicOrClozeNoteWithItsIdAsGuid() {
        List<Item> items = SampleItems.everyKind();

        ExportedFile exported = writer.export(new ExportSet("Xocalı", items));
        AnkiTextFile file = AnkiTextFile.read(exported.content());

        assertThat(exported.skipped()).isEmpty();
        assertThat(exported.fileName()).isEqualTo("xocali.anki.txt");
        assertThat(exported.format()).isEqualTo(ItemFormat.ANKI);
        assertThat(List.copyOf(file.settings().entrySet())).containsExactly(Map.entry("separator", "tab"),
                Map.entry("html", "true"), Map.entry("guid column", "1"), Map.entry("notetype column", "2"),
                Map.entry("deck column", "3"), Map.entry("tags column", "6"));
        assertThat(file.records()).allSatisfy(fields -> assertThat(fields).hasSize(6));
        assertThat(file.column(1)).containsExactlyElementsOf(items.stream().map(item -> item.id().toString()).toList());
        assertThat(file.column(2)).containsExactly("Basic", "Basic", "Basic", "Basic", "Basic", "Basic", "Cloze", "Basic",
                "Basic");
        assertThat(file.column(3)).containsOnly("Xocalı");
        assertThat(file.column(6)).containsOnly("khojaly ə-tag");
        assertThat(file.column(4)).allSatisfy(front -> assertThat(front).doesNotContain("\n", "<b>"));
    }

    @Test
    void questionsShowTheirOptionsOnTheFrontAndTheAnswerOnTheBack() {
        AnkiTextFile file = AnkiTextFile.read(writer.export(new ExportSet("Set", List.of(SampleItems.multipleResponse(),
                SampleItems.numeric(), SampleItems.matching(), SampleItems.ordering(), SampleItems.trueFalse()))).content());

        assertThat(file.records().get(0)).containsSubsequence(
                "Which two dates does the source give for the events?<br><br>A) 25 February 1992<br>B) 26 February 1992"
                        + "<br>C) 1 January 1990 &lt;i&gt;x&lt;/i&gt; &amp; y<br>D) Gənclik: 12:30",
                "A) 25 February 1992; B) 26 February 1992<br><br>Source: “According to the source, 613 people of Xocalı were killed.”");
        assertThat(file.records().get(1).get(4)).startsWith("613 people (± 0.5)<br><br>The source gives 613.");
        assertThat(file.records().get(2).get(3)).endsWith("<br><br>Xocalı<br>Ağdam<br>Şuşa = # ~");
        assertThat(file.records().get(2).get(4)).startsWith(
                "Xocalı → the town of the events<br>Ağdam → where survivors went<br>Şuşa = # ~ → a town named nearby<br><br>");
        assertThat(file.records().get(3).get(3)).endsWith(
                "<br><br>Conflict begins<br>Survivors reach Ağdam<br>The attack starts at night");
        assertThat(file.records().get(3).get(4)).startsWith("1. 1988: Conflict begins<br>2. 25 February 1992: The attack "
                + "starts at night<br>3. 26 February 1992: Survivors reach Ağdam<br><br>");
        assertThat(file.records().get(4).subList(3, 5)).containsExactly(
                "According to the source, Xocalı had about 7,000 inhabitants.",
                "True<br><br>The source says so.<br>Source: “According to the source, 613 people of Xocalı were killed.”");
    }

    @Test
    void fieldsWithTabsQuotesOrALeadingHashAreQuotedAndLineBreaksBecomeBreaks() {
        Item item = new FactCard(ItemInfo.written("Say \"salam\"\tnow").withFeedback("line one\r\nline two\nthree")
                .withTags(List.of("two words", "tab\tinside")), "#1");

        String line = text(writer.export(new ExportSet("Deck\twith\nbreaks", List.of(item)))).lines().skip(6).findFirst()
                .orElseThrow();

        assertThat(line).isEqualTo(item.id() + "\tBasic\tDeck with breaks\t\"Say \"\"salam\"\"\tnow\"\t"
                + "\"#1<br><br>line one<br>line two<br>three\"\ttwo_words tab_inside");
        assertThat(AnkiTextFile.read(text(writer.export(new ExportSet("D", List.of(item)))).getBytes(StandardCharsets.UTF_8))
                .records().get(0)).containsExactly(item.id().toString(), "Basic", "D", "Say \"salam\"\tnow",
                "#1<br><br>line one<br>line two<br>three", "two_words tab_inside");
    }

    @Test
    void clozeTextCannotOpenOrCloseClozesOrHintsOfItsOwn() {
        Cloze cloze = new Cloze(ItemInfo.written("Not a gap: {{c1::x}} }} :: {{9}}, a gap: " + Cloze.marker(1) + "."),
                List.of(ClozeGap.accepting("a::b}}", "other")), TextComparison.LENIENT);

        String text = AnkiTextFile.read(writer.export(new ExportSet("D", List.of(cloze))).content()).records().get(0).get(3);

        assertThat(text).isEqualTo("Not a gap&#58; &#123;&#123;c1&#58;&#58;x&#125;&#125; &#125;&#125; &#58;&#58; "
                + "&#123;&#123;9&#125;&#125;, a gap&#58; {{c1::a&#58;&#58;b&#125;&#125;}}.");
        assertThat(CLOZE_OPENING.matcher(text).results().count()).isEqualTo(1);
        assertThat(text.split("}}", -1)).hasSize(2);
    }

    @Test
    void aClozeWithoutGapsIsReportedAndLeftOut() {
        Cloze noGaps = new Cloze(ItemInfo.written("No markers here"), List.of(ClozeGap.accepting("x")), TextComparison.STRICT);

        ExportedFile exported = writer.export(new ExportSet("D", List.of(SampleItems.trueFalse(), noGaps)));

        assertThat(exported.skipped()).containsExactly(new ItemIssue(2, "No markers here",
                ItemIssue.Reason.FEATURE_NOT_SUPPORTED, "a cloze without gap markers"));
        assertThat(AnkiTextFile.read(exported.content()).records()).hasSize(1);
    }

    @Test
    void blankSetNameGoesToTheDefaultDeckAndTheSameSetGivesTheSameBytes() {
        ExportSet set = new ExportSet("  ", SampleItems.everyKind());

        assertThat(AnkiTextFile.read(writer.export(set).content()).column(3)).containsOnly("Default");
        assertThat(writer.export(set).content()).isEqualTo(writer.export(set).content());
    }

    static Stream<String> randomTexts() {
        return RandomTexts.of(20261126, "\"\t\n\r#,;:{}<>&~= əğıöşçüİƏĞ abc123😀", 200);
    }

    @ParameterizedTest
    @MethodSource("randomTexts")
    void anyTextReadsBackAsTheSameTextInEveryField(String text) {
        Item card = new FactCard(ItemInfo.written(text), text);
        Item cloze = new Cloze(ItemInfo.written(text + Cloze.marker(1) + text), List.of(ClozeGap.accepting(text)),
                TextComparison.STRICT);

        AnkiTextFile file = AnkiTextFile.read(writer.export(new ExportSet(text, List.of(card, cloze))).content());

        String expected = text.replaceAll("\r\n|\r", "\n");
        assertThat(file.records()).hasSize(2).allSatisfy(fields -> assertThat(fields).hasSize(6));
        assertThat(plain(file.records().get(0).get(3))).isEqualTo(expected);
        assertThat(plain(file.records().get(0).get(4))).isEqualTo(expected);
        assertThat(plain(file.records().get(1).get(3))).isEqualTo(expected + "{{c1::" + expected + "}}" + expected);
        assertThat(CLOZE_OPENING.matcher(file.records().get(1).get(3)).results().count()).isEqualTo(1);
    }

    /** What a card shows for an HTML field, with breaks as line breaks (cloze syntax left as is). */
    private static String plain(String html) {
        return html.replace("<br>", "\n").replace("&lt;", "<").replace("&gt;", ">").replace("&#123;", "{")
                .replace("&#125;", "}").replace("&#58;", ":").replace("&amp;", "&");
    }

    private static String text(ExportedFile file) {
        return new String(file.content(), StandardCharsets.UTF_8);
    }
}
