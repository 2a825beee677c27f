package org.sourcebook.exchange.moodle;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.item.ChoiceOption;
import org.sourcebook.content.item.ClozeGap;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemInfo;
import org.sourcebook.content.item.MultipleResponse;
import org.sourcebook.exchange.items.ExportSet;
import org.sourcebook.exchange.items.SampleItems;

/**
 * Checks the export the way Moodle's importer reads it (question/format/xml/format.php as of
 * Moodle 4.2-5.x, qtype_ordering::import_from_xml from Moodle 4.4, question/format.php
 * importprocess): every element it reads is there with a value it accepts, and every answer grade
 * is in Moodle's grade list (question_bank::fraction_options_full, matched within 0.00001), so the
 * import neither fails nor falls back to a default.
 */
class MoodleImportContractTest {

    /** question_bank::fraction_options_full(), as fractions. */
    private static final List<BigDecimal> GRADES = Stream.concat(Stream.of(BigDecimal.ZERO), Stream.of("1.0", "0.9",
                    "0.8333333", "0.8", "0.75", "0.7", "0.6666667", "0.6", "0.5", "0.4", "0.3333333", "0.3", "0.25", "0.2",
                    "0.1666667", "0.1428571", "0.125", "0.1111111", "0.1", "0.05")
            .map(BigDecimal::new)
            .flatMap(grade -> Stream.of(grade, grade.negate())))
            .toList();
    private static final Set<String> TEXT_FORMATS = Set.of("moodle_auto_format", "html", "plain_text", "wiki_like", "markdown");

    private static XmlNode quiz;
    private static String xml;

    @BeforeAll
    static void export() throws Exception {
        MultipleResponse threeOfSix = new MultipleResponse(ItemInfo.written("Three of six"), List.of(
                ChoiceOption.correct("a", "1"), ChoiceOption.correct("b", "2"), ChoiceOption.correct("c", "3"),
                ChoiceOption.wrong("d", "4"), ChoiceOption.wrong("e", "5"), ChoiceOption.wrong("f", "6")));
        List<Item> items = new ArrayList<>(SampleItems.everyKind());
        items.add(threeOfSix);
        byte[] content = new MoodleXmlWriter().export(new ExportSet("Xocalı / tarix", items)).content();
        xml = new String(content, StandardCharsets.UTF_8);
        quiz = XmlNode.parse(xml);
    }

    private static List<XmlNode> questions(String type) {
        return quiz.children("question").stream().filter(question -> type.equals(question.attribute("type").orElse(""))).toList();
    }

    @Test
    void theFileIsUtf8XmlWithAQuizRootAndACategoryPathMoodleSplitsIntoContextTopAndName() {
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
        assertThat(quiz.name()).isEqualTo("quiz");
        XmlNode category = quiz.children("question").get(0);
        assertThat(category.attribute("type")).hasValue("category");
        String path = category.childText("category").orElseThrow();
        // split_category_path: split on single slashes, then // back to /.
        assertThat(Arrays.stream(path.split("(?<!/)/(?!/)")).map(name -> name.replace("//", "/").strip()))
                .containsExactly("$course$", "top", "Xocalı / tarix");
        assertThat(questions("category")).hasSize(1);
    }

    @Test
    void everyQuestionHasTheHeadersImportHeadersReads() {
        List<XmlNode> real = quiz.children("question").stream()
                .filter(question -> !"category".equals(question.attribute("type").orElse(""))).toList();
        assertThat(real).hasSize(9);
        for (XmlNode question : real) {
            assertThat(question.childText("name")).get().asString().isNotBlank();
            assertThat(question.child("questiontext").flatMap(text -> text.attribute("format")).orElseThrow()).isIn(TEXT_FORMATS);
            assertThat(question.childText("questiontext")).get().asString().isNotBlank();
            assertThat(question.child("generalfeedback").flatMap(text -> text.attribute("format")).orElseThrow())
                    .isIn(TEXT_FORMATS);
            assertThat(question.childText("generalfeedback")).isPresent();
            assertThat(new BigDecimal(question.childValue("penalty").orElseThrow())).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
            assertThat(question.childValue("hidden")).hasValue("0");
            boolean cloze = "cloze".equals(question.attribute("type").orElseThrow());
            assertThat(question.childValue("defaultgrade").isPresent()).isEqualTo(!cloze);
            question.child("tags").stream().flatMap(tags -> tags.children("tag").stream())
                    .forEach(tag -> assertThat(tag.textChild()).isNotBlank());
        }
    }

    @Test
    void multichoiceGradesAreInMoodlesListAndAddUpAsItsQuestionTypeRequires() {
        List<XmlNode> multichoice = questions("multichoice");
        assertThat(multichoice).hasSize(3);
        for (XmlNode question : multichoice) {
            assertThat(question.childValue("single").orElseThrow()).isIn("true", "false");
            assertThat(question.childValue("shuffleanswers").orElseThrow()).isIn("true", "false");
            assertThat(question.childValue("answernumbering").orElseThrow()).isIn("abc", "ABCD", "123", "iii", "IIII", "none");
            List<BigDecimal> grades = grades(question);
            if ("true".equals(question.childValue("single").orElseThrow())) {
                assertThat(grades.stream().max(BigDecimal::compareTo).orElseThrow()).isEqualByComparingTo("1");
            } else {
                BigDecimal positive = grades.stream().filter(grade -> grade.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(positive.setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("1");
            }
            question.children("answer").forEach(answer -> {
                assertThat(answer.attribute("format").orElseThrow()).isIn(TEXT_FORMATS);
                assertThat(answer.textChild()).isNotBlank();
                assertThat(answer.child("feedback")).isPresent();
            });
        }
    }

    /** Each answer's fraction attribute / 100, checked against Moodle's list as match_grade_options('error') does. */
    private static List<BigDecimal> grades(XmlNode question) {
        List<BigDecimal> grades = question.children("answer").stream()
                .map(answer -> new BigDecimal(answer.attribute("fraction").orElseThrow()).movePointLeft(2))
                .toList();
        for (BigDecimal grade : grades) {
            assertThat(GRADES).anyMatch(allowed -> allowed.subtract(grade).abs().compareTo(new BigDecimal("0.00001")) < 0);
        }
        return grades;
    }

    @Test
    void trueFalseShortAnswerAndNumericalHaveWhatTheirImportersRead() {
        XmlNode trueFalse = questions("truefalse").get(0);
        assertThat(trueFalse.children("answer")).extracting(XmlNode::textChild).containsExactly("true", "false");
        assertThat(trueFalse.children("answer")).extracting(answer -> answer.attribute("fraction").orElseThrow())
                .containsExactly("100", "0");

        XmlNode shortAnswer = questions("shortanswer").get(0);
        assertThat(shortAnswer.childValue("usecase").orElseThrow()).isIn("0", "1");
        assertThat(grades(shortAnswer)).allMatch(grade -> grade.compareTo(BigDecimal.ONE) == 0);

        XmlNode numerical = questions("numerical").get(0);
        XmlNode answer = numerical.children("answer").get(0);
        assertThat(grades(numerical)).containsExactly(new BigDecimal("1.00"));
        // qtype_numerical::is_valid_number, for answers written with a decimal point.
        assertThat(answer.textChild()).matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
        assertThat(new BigDecimal(answer.childValue("tolerance").orElseThrow())).isNotNegative();
        XmlNode unit = numerical.child("units").orElseThrow().children("unit").get(0);
        assertThat(unit.childValue("multiplier")).hasValue("1");
        assertThat(unit.childValue("unit_name")).hasValue("people");
        assertThat(numerical.childValue("unitgradingtype").orElseThrow()).isIn("0", "1", "2");
        assertThat(numerical.childValue("showunits").orElseThrow()).isIn("0", "1", "2", "3");
        assertThat(numerical.childValue("unitsleft").orElseThrow()).isIn("0", "1");
    }

    @Test
    void matchingHasAQuestionAndAnAnswerInEverySubquestion() {
        XmlNode matching = questions("matching").get(0);
        assertThat(matching.children("subquestion")).hasSize(3).allSatisfy(subquestion -> {
            assertThat(subquestion.attribute("format").orElseThrow()).isIn(TEXT_FORMATS);
            assertThat(subquestion.textChild()).isNotBlank();
            assertThat(subquestion.childText("answer")).get().asString().isNotBlank();
        });
    }

    @Test
    void clozeGapsParseWithMoodlesPatternsIntoTheItemsAnswers() throws Exception {
        String text = questions("cloze").get(0).childText("questiontext").orElseThrow();

        ClozeText.Parsed parsed = ClozeText.parse(text);

        assertThat(parsed.gaps()).extracting(ClozeGap::acceptedAnswers)
                .containsExactly(List.of("Xocalı", "Khojaly"), List.of("1992"));
        assertThat(parsed.textWithMarkers()).doesNotContain("{#");
        assertThat(text).contains("{1:SHORTANSWER:=Xocalı~=Khojaly}");
    }

    @Test
    void orderingHasTheOptionsQtypeOrderingReadsAndEveryEntryInCorrectOrder() {
        XmlNode ordering = questions("ordering").get(0);
        assertThat(ordering.childValue("layouttype").orElseThrow()).isIn("VERTICAL", "HORIZONTAL");
        assertThat(ordering.childValue("selecttype")).hasValue("ALL");
        assertThat(Integer.parseInt(ordering.childValue("selectcount").orElseThrow())).isGreaterThanOrEqualTo(2);
        assertThat(ordering.childValue("gradingtype").orElseThrow()).isIn("ALL_OR_NOTHING", "ABSOLUTE_POSITION",
                "RELATIVE_NEXT_EXCLUDE_LAST", "RELATIVE_NEXT_INCLUDE_LAST", "RELATIVE_ONE_PREVIOUS_AND_NEXT",
                "RELATIVE_ALL_PREVIOUS_AND_NEXT", "LONGEST_ORDERED_SUBSET", "LONGEST_CONTIGUOUS_SUBSET", "RELATIVE_TO_CORRECT");
        assertThat(ordering.childValue("showgrading").orElseThrow()).isIn("SHOW", "HIDE");
        assertThat(ordering.childValue("numberingstyle").orElseThrow()).isIn("none", "123", "abc", "ABCD", "iii", "IIII");
        assertThat(ordering.children("answer")).extracting(XmlNode::textChild)
                .containsExactly("Conflict begins", "The attack starts at night", "Survivors reach Ağdam");
    }
}
