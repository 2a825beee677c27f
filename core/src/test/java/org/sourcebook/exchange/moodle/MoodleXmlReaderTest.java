package org.sourcebook.exchange.moodle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.item.ChoiceOption;
import org.sourcebook.content.item.Cloze;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.item.MultipleResponse;
import org.sourcebook.content.item.Numeric;
import org.sourcebook.content.item.OptionId;
import org.sourcebook.content.item.Ordering;
import org.sourcebook.content.item.ShortAnswer;
import org.sourcebook.content.item.SingleChoice;
import org.sourcebook.content.item.TextComparison;
import org.sourcebook.content.item.TrueFalse;
import org.sourcebook.exchange.items.ImportedItems;
import org.sourcebook.exchange.items.ItemIssue;
import org.sourcebook.exchange.items.ItemIssue.Reason;
import org.xml.sax.SAXParseException;

class MoodleXmlReaderTest {

    private final MoodleXmlReader reader = new MoodleXmlReader();

    private ImportedItems read(String xml) {
        return reader.read(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static String quiz(String questions) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n" + questions + "</quiz>\n";
    }

    private static String question(String type, String name, String body) {
        return "<question type=\"" + type + "\"><name><text>" + name + "</text></name>"
                + "<questiontext format=\"html\"><text><![CDATA[<p>Question " + name + "</p>]]></text></questiontext>"
                + body + "</question>\n";
    }

    private ItemIssue onlyProblem(String xml) {
        ImportedItems read = read(xml);
        assertThat(read.problems()).hasSize(1);
        return read.problems().get(0);
    }

    @Test
    void readsQuestionsAsMoodleItselfWritesThem() {
        ImportedItems read = read(quiz("""
                <!-- question: 0  -->
                  <question type="category">
                    <category><text>$course$/top/Tarix</text></category>
                    <info format="moodle_auto_format"><text></text></info>
                  </question>
                <!-- question: 91  -->
                  <question type="multichoice">
                    <name><text>Şəhər</text></name>
                    <questiontext format="html">
                      <text><![CDATA[<p dir="ltr">Which <strong>town</strong>&nbsp;is it?</p>
                <p>Pick one.</p>]]></text>
                    </questiontext>
                    <generalfeedback format="moodle_auto_format"><text>See
                line two</text></generalfeedback>
                    <single>true</single>
                    <answer fraction="100" format="html"><text><![CDATA[<p>Xocalı</p>]]></text>
                      <feedback format="html"><text><![CDATA[<p>Right &amp; well done.</p>]]></text></feedback></answer>
                    <answer fraction="0" format="html"><text>Şuşa</text><feedback format="html"><text></text></feedback></answer>
                    <answer fraction="0" format="html"><text></text></answer>
                    <tags><tag><text>tarix</text></tag></tags>
                    <coursetags><tag><text>ə-kurs</text></tag></coursetags>
                  </question>
                  <question type="truefalse">
                    <name><text>TF</text></name>
                    <questiontext format="plain_text"><text>Xocalı &lt;is&gt; a town &amp; more</text></questiontext>
                    <answer fraction="0" format="moodle_auto_format"><text>true</text></answer>
                    <answer fraction="100" format="moodle_auto_format"><text>false</text></answer>
                  </question>
                """));

        assertThat(read.problems()).isEmpty();
        SingleChoice choice = (SingleChoice) read.items().get(0);
        assertThat(choice.prompt()).isEqualTo("Which town\u00A0is it?\nPick one.");
        assertThat(choice.info().feedback()).isEqualTo("See\nline two");
        assertThat(choice.info().tags()).containsExactly("tarix", "ə-kurs");
        assertThat(choice.info().status()).isEqualTo(ItemStatus.ACCEPTED);
        assertThat(choice.options()).containsExactly(
                new ChoiceOption(OptionId.of("a"), "Xocalı", true, "Right & well done."),
                ChoiceOption.wrong("b", "Şuşa"));
        TrueFalse trueFalse = (TrueFalse) read.items().get(1);
        assertThat(trueFalse.prompt()).isEqualTo("Xocalı <is> a town & more");
        assertThat(trueFalse.answer()).isFalse();
    }

    @Test
    void readsMultipleResponseWithMoodlesUsualPenaltiesAndShortAnswersWithWrongAnswerFeedback() {
        ImportedItems read = read(quiz(
                question("multichoice", "MR", "<single>false</single>"
                        + "<answer fraction=\"33.33333\"><text>a</text></answer>"
                        + "<answer fraction=\"33.33333\"><text>b</text></answer>"
                        + "<answer fraction=\"33.33333\"><text>c</text></answer>"
                        + "<answer fraction=\"-100\"><text>d</text></answer>")
                + question("shortanswer", "SA", "<usecase>1</usecase>"
                        + "<answer fraction=\"100\"><text>Xocalı</text></answer>"
                        + "<answer fraction=\"100\"><text>5\\*</text></answer>"
                        + "<answer fraction=\"0\"><text>*</text><feedback><text>No.</text></feedback></answer>")));

        assertThat(read.problems()).isEmpty();
        assertThat(((MultipleResponse) read.items().get(0)).correctOptionIds()).extracting(Object::toString)
                .containsExactlyInAnyOrder("a", "b", "c");
        ShortAnswer shortAnswer = (ShortAnswer) read.items().get(1);
        assertThat(shortAnswer.acceptedAnswers()).containsExactly("Xocalı", "5*");
        assertThat(shortAnswer.comparison()).isEqualTo(new TextComparison(true, false, 0, 0));
    }

    @Test
    void readsClozeShortAnswerGapsWithMoodlesEscapes() {
        ImportedItems read = read(quiz("""
                <question type="cloze"><name><text>Gaps</text></name>
                <questiontext format="html"><text><![CDATA[<p>In {:SA:=Xocal&#305;~%100%Khojaly~wrong#not this} \
                in {1:SHORTANSWER:=19\\}92\\#~=a &amp; b}.</p>]]></text></questiontext></question>
                """));

        assertThat(read.problems()).isEmpty();
        Cloze cloze = (Cloze) read.items().get(0);
        assertThat(cloze.prompt()).isEqualTo("In {{1}} in {{2}}.");
        assertThat(cloze.gaps()).extracting(gap -> gap.acceptedAnswers())
                .containsExactly(List.of("Xocalı", "Khojaly"), List.of("19}92#", "a & b"));
    }

    @Test
    void readsNumericalAndOrderingQuestions() {
        ImportedItems read = read(quiz(
                question("numerical", "N", "<answer fraction=\"100\"><text>3.5</text><tolerance>0.25</tolerance></answer>"
                        + "<answer fraction=\"0\"><text>*</text></answer>"
                        + "<units><unit><multiplier>1</multiplier><unit_name>km</unit_name></unit></units>")
                + question("ordering", "O", "<selecttype>RANDOM</selecttype><selectcount>3</selectcount>"
                        + "<answer fraction=\"1\" format=\"html\"><text><![CDATA[<p>First</p>]]></text></answer>"
                        + "<answer fraction=\"2\" format=\"html\"><text>Second</text></answer>"
                        + "<answer fraction=\"3\" format=\"html\"><text>Third</text></answer>")));

        assertThat(read.problems()).isEmpty();
        Numeric numeric = (Numeric) read.items().get(0);
        assertThat(numeric.canonicalAnswer()).isEqualTo("3.5 km (± 0.25)");
        assertThat(((Ordering) read.items().get(1)).canonicalAnswer()).isEqualTo("1. First; 2. Second; 3. Third");
    }

    @Test
    void refusesDoctypesAndExternalEntities() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE quiz [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <quiz><question type="truefalse"><name><text>&secret;</text></name></question></quiz>
                """;
        String laughs = "<?xml version=\"1.0\"?>\n<!-- x -->\n<!DOCTYPE q [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]><quiz>&b;</quiz>";

        for (String hostile : List.of(xxe, laughs)) {
            ItemIssue issue = onlyProblem(hostile);
            assertThat(issue.reason()).isEqualTo(Reason.FILE_NOT_READABLE);
            assertThat(issue.position()).isZero();
            assertThat(issue.detail()).contains("DOCTYPE");
        }
    }

    @Test
    void aDoctypeInsideAQuestionsTextIsJustText() {
        ImportedItems read = read(quiz("<question type=\"truefalse\"><name><text>HTML</text></name><questiontext format=\"html\">"
                + "<text><![CDATA[<p>Does &lt;!DOCTYPE html&gt; start a page?</p>]]></text></questiontext>"
                + "<answer fraction=\"100\"><text>true</text></answer></question><!-- <!DOCTYPE in a comment -->"));

        assertThat(read.problems()).isEmpty();
        assertThat(read.items().get(0).prompt()).isEqualTo("Does <!DOCTYPE html> start a page?");
    }

    @Test
    void theParserItselfRefusesDoctypesToo() {
        // Defence in depth: the reader refuses any "<!DOCTYPE" text before parsing; the parser refuses it again.
        assertThatThrownBy(() -> XmlNode.parse(
                "<?xml version=\"1.0\"?><!DOCTYPE quiz [<!ENTITY x SYSTEM \"file:///etc/hostname\">]><quiz>&x;</quiz>"))
                .isInstanceOf(SAXParseException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void deeplyNestedElementsAreRefusedByTheParsersDepthLimit() {
        String deep = "<quiz>" + "<a>".repeat(50_000) + "</a>".repeat(50_000) + "</quiz>";

        assertThat(onlyProblem(deep).reason()).isEqualTo(Reason.FILE_NOT_READABLE);
    }

    @Test
    void reportsFilesThatAreNotMoodleXmlAtAll() {
        assertThat(onlyProblem("").detail()).isEqualTo("the file is empty");
        assertThat(reader.read(new byte[] {(byte) 0xC3, (byte) 0x28}).problems().get(0).detail())
                .isEqualTo("the file is not UTF-8 text");
        assertThat(onlyProblem("<quiz>\n<question type=\"truefalse\">\n<name></quiz>").detail())
                .startsWith("not well-formed XML at line 3");
        assertThat(onlyProblem("<html><body>hi</body></html>").detail()).isEqualTo("the root element is <html>, not Moodle's <quiz>");
        assertThat(onlyProblem(quiz("<question type=\"category\"><category><text>top</text></category></question>")).detail())
                .isEqualTo("the file has no questions");
        assertThat(onlyProblem("::Title:: GIFT {=a ~b}").reason()).isEqualTo(Reason.FILE_NOT_READABLE);
    }

    @Test
    void reportsEachBadQuestionByPositionAndNameAndStillReadsTheGoodOnes() {
        ImportedItems read = read(quiz(
                "<question type=\"category\"><category><text>top/x</text></category></question>\n"
                + question("essay", "Essay one", "")
                + question("truefalse", "Good", "<answer fraction=\"100\"><text>true</text></answer>")
                + question("multichoice", "Partial", "<answer fraction=\"50\"><text>a</text></answer>"
                        + "<answer fraction=\"100\"><text>b</text></answer>")
                + question("shortanswer", "Half", "<answer fraction=\"50\"><text>a</text></answer>")
                + question("shortanswer", "Wild", "<answer fraction=\"100\"><text>Xoc*</text></answer>")
                + "<question type=\"multichoice\"><name><text>No text</text></name><answer fraction=\"100\"><text>a</text></answer></question>\n"
                + question("multichoice", "No answers", "")
                + question("multichoice", "None right", "<answer fraction=\"0\"><text>a</text></answer>"
                        + "<answer fraction=\"0\"><text>b</text></answer>")
                + question("cloze", "Numbers", "")
                + question("matching", "Distractor", "<subquestion><text>Xocalı</text><answer><text>1992</text></answer></subquestion>"
                        + "<subquestion><text>Şuşa</text><answer><text>1752</text></answer></subquestion>"
                        + "<subquestion><text></text><answer><text>1613</text></answer></subquestion>")
                + question("numerical", "Units", "<answer fraction=\"100\"><text>1</text></answer>"
                        + "<units><unit><multiplier>1</multiplier><unit_name>km</unit_name></unit>"
                        + "<unit><multiplier>1000</multiplier><unit_name>m</unit_name></unit></units>")
                + question("multichoice", "Picture", "<answer fraction=\"100\"><text><![CDATA[<img src=\"@@PLUGINFILE@@/a.png\">]]></text>"
                        + "<file name=\"a.png\" path=\"/\" encoding=\"base64\">AAAA</file></answer>")
                + question("multichoice", "Bad grade", "<answer fraction=\"lots\"><text>a</text></answer>")
                + question("numerical", "Comma", "<answer fraction=\"100\"><text>1,000</text></answer>")));

        assertThat(read.items()).hasSize(1);
        assertThat(read.items().get(0)).isInstanceOf(TrueFalse.class);
        assertThat(read.problems()).extracting(ItemIssue::position, ItemIssue::label, ItemIssue::reason).containsExactly(
                tuple(1, "Essay one", Reason.QUESTION_TYPE_NOT_SUPPORTED),
                tuple(3, "Partial", Reason.FEATURE_NOT_IMPORTABLE),
                tuple(4, "Half", Reason.FEATURE_NOT_IMPORTABLE),
                tuple(5, "Wild", Reason.FEATURE_NOT_IMPORTABLE),
                tuple(6, "No text", Reason.SYNTAX_ERROR),
                tuple(7, "No answers", Reason.SYNTAX_ERROR),
                tuple(8, "None right", Reason.INVALID_QUESTION),
                tuple(9, "Numbers", Reason.INVALID_QUESTION),
                tuple(10, "Distractor", Reason.FEATURE_NOT_IMPORTABLE),
                tuple(11, "Units", Reason.FEATURE_NOT_IMPORTABLE),
                tuple(12, "Picture", Reason.FEATURE_NOT_IMPORTABLE),
                tuple(13, "Bad grade", Reason.SYNTAX_ERROR),
                tuple(14, "Comma", Reason.SYNTAX_ERROR));
        assertThat(read.problems()).extracting(ItemIssue::detail).contains(
                "essay",
                "answer \"a\" gives partial credit (50%)",
                "answer \"Xoc*\" uses the wildcard *",
                "single choice needs exactly one correct option",
                "extra answer \"1613\" that matches no question",
                "embedded files or images");
        assertThat(read.problems().get(4).detail()).startsWith("missing <questiontext>");
        assertThat(read.problems().get(5).detail()).startsWith("missing <answer>");
        assertThat(read.problems().get(11).detail()).startsWith("fraction \"lots\" is not a number");
        assertThat(read.problems().get(12).detail()).startsWith("\"1,000\" is not a number with a decimal point");
    }

    @Test
    void refusesClozeGapsSourcebookCannotGrade() {
        String numerical = quiz("<question type=\"cloze\"><questiontext><text>Year {1:NUMERICAL:=1992:0}</text></questiontext></question>");
        String partial = quiz("<question type=\"cloze\"><questiontext><text>Town {1:SA:=Xocalı~%50%Xocali}</text></questiontext></question>");
        String mixedCase = quiz("<question type=\"cloze\"><questiontext><text>{1:SA:=a} {1:SAC:=B}</text></questiontext></question>");

        assertThat(onlyProblem(numerical).detail()).isEqualTo("gap 1 is NUMERICAL; only SHORTANSWER gaps can be imported");
        assertThat(onlyProblem(partial).detail()).isEqualTo("gap 1 answer \"Xocali\" gives partial credit (50%)");
        assertThat(onlyProblem(mixedCase).reason()).isEqualTo(Reason.FEATURE_NOT_IMPORTABLE);
        assertThat(onlyProblem(numerical).label()).isEqualTo("Year {1:NUMERICAL:=1992:0}");
    }

    @Test
    void refusesOrderingQuestionsThatShowOnlySomeItems() {
        ItemIssue issue = onlyProblem(quiz(question("ordering", "Subset", "<selecttype>RANDOM</selecttype><selectcount>2</selectcount>"
                + "<answer><text>a</text></answer><answer><text>b</text></answer><answer><text>c</text></answer>")));

        assertThat(issue.detail()).isEqualTo("shows learners only 2 of 3 items (selecttype RANDOM)");
    }

    @Test
    void optionIdsFollowFileOrderPastTheAlphabet() {
        assertThat(List.of(0, 1, 25, 26, 27, 701)).extracting(index -> MoodleXmlReader.optionId(index).value())
                .containsExactly("a", "b", "z", "aa", "ab", "zz");
    }
}
