package org.sourcebook.exchange.moodle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.item.ChoiceOption;
import org.sourcebook.content.item.Cloze;
import org.sourcebook.content.item.ClozeGap;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemInfo;
import org.sourcebook.content.item.MultipleResponse;
import org.sourcebook.content.item.Numeric;
import org.sourcebook.content.item.NumericTolerance;
import org.sourcebook.content.item.ShortAnswer;
import org.sourcebook.content.item.SingleChoice;
import org.sourcebook.content.item.TextComparison;
import org.sourcebook.exchange.items.ExportSet;
import org.sourcebook.exchange.items.ExportedFile;
import org.sourcebook.exchange.items.ItemFormat;
import org.sourcebook.exchange.items.ItemIssue;
import org.sourcebook.exchange.items.SampleItems;

class MoodleXmlWriterTest {

    private final MoodleXmlWriter writer = new MoodleXmlWriter();

    private String xml(String setName, Item... items) {
        return new String(writer.export(new ExportSet(setName, List.of(items))).content(), StandardCharsets.UTF_8);
    }

    @Test
    void writesASingleChoiceQuestionAsMoodleDoesWithEveryTextShownLiterally() {
        assertThat(xml("Xocalı / 1992", SampleItems.singleChoice())).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <quiz>
                  <question type="category">
                    <category>
                      <text>$course$/top/Xocalı // 1992</text>
                    </category>
                    <info format="moodle_auto_format">
                      <text></text>
                    </info>
                    <idnumber></idnumber>
                  </question>
                  <question type="multichoice">
                    <name>
                      <text>Which town does the source name? (ə: 1 = 2 ~ 3 # 4 {5})</text>
                    </name>
                    <questiontext format="html">
                      <text>Which town does the source name? (ə: 1 = 2 ~ 3 # 4 {5})</text>
                    </questiontext>
                    <generalfeedback format="html">
                      <text><![CDATA[See the first paragraph.<br>Source: “According to the source, 613 people of Xocalı were killed.”]]></text>
                    </generalfeedback>
                    <defaultgrade>1.0000000</defaultgrade>
                    <penalty>0.3333333</penalty>
                    <hidden>0</hidden>
                    <idnumber></idnumber>
                    <single>true</single>
                    <shuffleanswers>true</shuffleanswers>
                    <answernumbering>abc</answernumbering>
                    <showstandardinstruction>0</showstandardinstruction>
                    <correctfeedback format="html">
                      <text></text>
                    </correctfeedback>
                    <partiallycorrectfeedback format="html">
                      <text></text>
                    </partiallycorrectfeedback>
                    <incorrectfeedback format="html">
                      <text></text>
                    </incorrectfeedback>
                    <shownumcorrect/>
                    <answer fraction="100" format="html">
                      <text>Xocalı</text>
                      <feedback format="html">
                        <text>Yes: the source names Xocalı.</text>
                      </feedback>
                    </answer>
                    <answer fraction="0" format="html">
                      <text>Şuşa {not} ~ this</text>
                      <feedback format="html">
                        <text>Şuşa is named later.</text>
                      </feedback>
                    </answer>
                    <answer fraction="0" format="html">
                      <text>Ağdam = 1 # 2</text>
                      <feedback format="html">
                        <text></text>
                      </feedback>
                    </answer>
                    <tags>
                      <tag><text>khojaly</text></tag>
                      <tag><text>ə-tag</text></tag>
                    </tags>
                  </question>
                </quiz>
                """);
    }

    @Test
    void htmlSpecialCharactersAndLineBreaksAreEscapedInsideCdata() {
        SingleChoice question = new SingleChoice(ItemInfo.written("Is <b>1 & 2</b> \"bold\"?\nSay ]]> twice\r\nok")
                .withFeedback("Line 1\n\nLine 3"),
                List.of(ChoiceOption.correct("a", "x < y"), ChoiceOption.wrong("b", "a && b")));

        String xml = xml("Bank", question);

        assertThat(xml)
                .contains("<text><![CDATA[Is &lt;b&gt;1 &amp; 2&lt;/b&gt; \"bold\"?<br>Say ]]&gt; twice&#13;<br>ok]]></text>")
                .contains("<text><![CDATA[Is <b>1 & 2</b> \"bold\"? Say ]]]]><![CDATA[> twice ok]]></text>")
                .contains("<text><![CDATA[Line 1<br><br>Line 3]]></text>")
                .contains("<text><![CDATA[x &lt; y]]></text>", "<text><![CDATA[a &amp;&amp; b]]></text>");
    }

    @Test
    void writesClozeGapsInMoodleSyntaxWithEveryDelimiterEncoded() {
        Cloze cloze = new Cloze(ItemInfo.written("{2:SA:=x} and {#1} then " + Cloze.marker(1) + " & " + Cloze.marker(2) + "."),
                List.of(ClozeGap.accepting("a~b#c}d{e", "f\\g*h&", "\"i\" <j>"), ClozeGap.accepting("Şuşa")),
                TextComparison.STRICT);

        assertThat(xml("Bank", cloze)).contains("""
                <questiontext format="html">
                      <text><![CDATA[&#123;2:SA:=x&#125; and &#123;#1&#125; then \
                {1:SHORTANSWER_C:=a&#126;b&#35;c&#125;d&#123;e~=f&#92;g&#92;*h&#38;~=&#34;i&#34; &#60;j&#62;} &amp; \
                {1:SHORTANSWER_C:=Şuşa}.]]></text>
                    </questiontext>""");
    }

    @Test
    void shortAnswerAsterisksAreEscapedSoMoodleDoesNotTreatThemAsWildcards() {
        ShortAnswer question = new ShortAnswer(ItemInfo.written("Rating?"), List.of("5*", "five stars"), TextComparison.LENIENT);

        assertThat(xml("Bank", question)).contains("<usecase>0</usecase>", "<text>5\\*</text>", "<text>five stars</text>");
    }

    @Test
    void writesNumericalAnswersWithToleranceAndTheUnitAsAnOptionalUngradedUnit() {
        String xml = xml("Bank", SampleItems.numeric(),
                new Numeric(ItemInfo.written("Share?"), new BigDecimal("40"), NumericTolerance.relative("0.025"), null));

        assertThat(xml).contains("""
                    <answer fraction="100" format="moodle_auto_format">
                      <text>613</text>
                      <feedback format="html">
                        <text></text>
                      </feedback>
                      <tolerance>0.5</tolerance>
                    </answer>
                    <units>
                      <unit>
                        <multiplier>1</multiplier>
                        <unit_name>people</unit_name>
                      </unit>
                    </units>
                    <unitgradingtype>0</unitgradingtype>
                    <unitpenalty>0.1000000</unitpenalty>
                    <showunits>0</showunits>
                """)
                .contains("<text>40</text>", "<tolerance>1</tolerance>", "<showunits>3</showunits>");
    }

    @Test
    void multipleResponseCreditUsesGradesFromMoodlesList() {
        MultipleResponse threeOfFive = new MultipleResponse(ItemInfo.written("Which?"), List.of(
                ChoiceOption.correct("a", "1"), ChoiceOption.correct("b", "2"), ChoiceOption.correct("c", "3"),
                ChoiceOption.wrong("d", "4"), ChoiceOption.wrong("e", "5")));

        String xml = xml("Bank", threeOfFive);

        assertThat(xml).contains("<single>false</single>");
        assertThat(xml.split("fraction=\"33.33333\"", -1)).hasSize(4);
        assertThat(xml.split("fraction=\"-50\"", -1)).hasSize(3);
    }

    @Test
    void reportsItemsItCannotCarryAndWritesTheRest() {
        MultipleResponse elevenCorrect = new MultipleResponse(ItemInfo.written("Pick eleven"), IntStream.range(0, 12)
                .mapToObj(index -> index < 11 ? ChoiceOption.correct("o" + index, "Option " + index)
                        : ChoiceOption.wrong("o" + index, "Option " + index))
                .toList());
        SingleChoice invalid = new SingleChoice(ItemInfo.written("No right answer"),
                List.of(ChoiceOption.wrong("a", "x"), ChoiceOption.wrong("b", "y")));
        SingleChoice control = new SingleChoice(ItemInfo.written("Bell \u0007"),
                List.of(ChoiceOption.correct("a", "x"), ChoiceOption.wrong("b", "y")));

        ExportedFile file = writer.export(new ExportSet("Bank", List.of(SampleItems.factCard(), elevenCorrect,
                SampleItems.trueFalse(), invalid, control)));

        assertThat(file.skipped()).extracting(ItemIssue::position, ItemIssue::reason).containsExactly(
                tuple(1, ItemIssue.Reason.KIND_NOT_SUPPORTED),
                tuple(2, ItemIssue.Reason.FEATURE_NOT_SUPPORTED),
                tuple(4, ItemIssue.Reason.FEATURE_NOT_SUPPORTED),
                tuple(5, ItemIssue.Reason.FEATURE_NOT_SUPPORTED));
        assertThat(file.skipped().get(0).detail()).isEqualTo("FACT_CARD");
        assertThat(file.skipped().get(0).label()).startsWith("When, according to the source, was Xocalı founded?");
        assertThat(file.skipped().get(1).detail()).contains("11 correct options");
        assertThat(file.skipped().get(2).detail()).contains("single choice needs exactly one correct option");
        assertThat(file.skipped().get(3).detail()).contains("U+0007");
        assertThat(new String(file.content(), StandardCharsets.UTF_8))
                .contains("<question type=\"truefalse\">")
                .doesNotContain("multichoice");
    }

    @Test
    void theSameSetGivesTheSameBytesAndAFileNameFromTheSetName() {
        ExportSet set = new ExportSet("Xocalı: tarix", SampleItems.everyKind());

        ExportedFile first = writer.export(set);

        assertThat(first.content()).isEqualTo(writer.export(set).content());
        assertThat(first.fileName()).isEqualTo("xocali-tarix.moodle.xml");
        assertThat(first.format()).isEqualTo(ItemFormat.MOODLE_XML);
    }

    @Test
    void timelineDatesGoToTheAnswersFeedbackAndTheCombinedFeedbackNotIntoTheEntries() {
        String xml = xml("Bank", SampleItems.ordering());

        assertThat(xml).contains("""
                    <answer fraction="2" format="html">
                      <text>The attack starts at night</text>
                      <feedback format="html">
                        <text>25 February 1992</text>
                      </feedback>
                    </answer>
                """)
                .contains("<text><![CDATA[1988: Conflict begins<br>25 February 1992: The attack starts at night<br>"
                        + "26 February 1992: Survivors reach Ağdam]]></text>")
                .contains("<selecttype>ALL</selecttype>", "<gradingtype>LONGEST_ORDERED_SUBSET</gradingtype>");
    }
}
