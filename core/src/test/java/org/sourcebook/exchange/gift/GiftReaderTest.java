package org.sourcebook.exchange.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.sourcebook.exchange.gift.GiftFixtures.read;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.item.ChoiceOption;
import org.sourcebook.content.item.Cloze;
import org.sourcebook.content.item.ClozeGap;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemOrigin;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.item.MatchPair;
import org.sourcebook.content.item.Matching;
import org.sourcebook.content.item.MultipleResponse;
import org.sourcebook.content.item.Numeric;
import org.sourcebook.content.item.ShortAnswer;
import org.sourcebook.content.item.SingleChoice;
import org.sourcebook.content.item.TrueFalse;
import org.sourcebook.exchange.items.ImportedItems;
import org.sourcebook.exchange.items.ItemIssue;
import org.sourcebook.exchange.items.ItemIssue.Reason;

/** Reading GIFT as Moodle's documentation and importer describe it, including files written by hand or by Moodle. */
class GiftReaderTest {

    private static Item only(String gift) {
        ImportedItems read = read(gift);
        assertThat(read.problems()).isEmpty();
        assertThat(read.items()).hasSize(1);
        return read.items().get(0);
    }

    private static ItemIssue onlyProblem(String gift) {
        ImportedItems read = read(gift);
        assertThat(read.problems()).hasSize(1);
        return read.problems().get(0);
    }

    @Test
    void readsTheDocumentationsMultipleChoiceWithFeedbackAsSingleChoice() {
        SingleChoice choice = (SingleChoice) only("""
                // multiple choice with specified feedback for right and wrong answers
                ::Q2:: What's between orange and green in the spectrum?
                { =yellow # right; good! ~red # wrong, it's yellow ~blue # wrong, it's yellow }
                """);

        assertThat(choice.prompt()).isEqualTo("What's between orange and green in the spectrum?");
        assertThat(choice.options()).containsExactly(
                new ChoiceOption(GiftQuestionReader.optionId(0), "yellow", true, "right; good!"),
                new ChoiceOption(GiftQuestionReader.optionId(1), "red", false, "wrong, it's yellow"),
                new ChoiceOption(GiftQuestionReader.optionId(2), "blue", false, "wrong, it's yellow"));
        assertThat(choice.info().status()).isEqualTo(ItemStatus.ACCEPTED);
        assertThat(choice.info().origin()).isEqualTo(ItemOrigin.WRITTEN);
        assertThat(choice.info().qualityScore()).isEqualTo(1.0);
        assertThat(choice.citations()).isEmpty();
    }

    @Test
    void readsWeightedAnswersWithoutEqualsAsMultipleResponse() {
        MultipleResponse multiple = (MultipleResponse) only("""
                What two people are entombed in Grant's tomb? {
                   ~%-100%No one
                   ~%50%Grant
                   ~%50%Grant's wife
                   ~%-100%Grant's father
                }""");

        assertThat(multiple.options()).extracting(ChoiceOption::text, ChoiceOption::correct).containsExactly(
                tuple("No one", false), tuple("Grant", true), tuple("Grant's wife", true), tuple("Grant's father", false));
    }

    @Test
    void readsTrueFalseInAllSpellings() {
        assertThat(((TrueFalse) only("Grant was buried in a tomb in New York City.{T}")).answer()).isTrue();
        assertThat(((TrueFalse) only("The sun rises in the West.{FALSE#This is wrong.#Right.####The sun rises in the East.}")))
                .satisfies(statement -> {
                    assertThat(statement.answer()).isFalse();
                    assertThat(statement.info().feedback()).isEqualTo("The sun rises in the East.");
                });
    }

    @Test
    void readsShortAnswersCaseInsensitiveWithoutTypoTolerance() {
        ShortAnswer answer = (ShortAnswer) only("Who's buried in Grant's tomb?{=Grant =Ulysses S. Grant =Ulysses Grant}");

        assertThat(answer.acceptedAnswers()).containsExactly("Grant", "Ulysses S. Grant", "Ulysses Grant");
        assertThat(answer.comparison()).isEqualTo(GiftQuestionReader.MOODLE_COMPARISON);
    }

    @Test
    void readsAMissingWordShortAnswerAsAOneGapCloze() {
        Cloze cloze = (Cloze) only("::Q3:: Two plus {=two =2} equals four.");

        assertThat(cloze.prompt()).isEqualTo("Two plus " + Cloze.marker(1) + " equals four.");
        assertThat(cloze.gaps()).containsExactly(ClozeGap.accepting("two", "2"));
    }

    @Test
    void readsAShortAnswerAfterABlankAsAClozeWithTheGapAtTheEnd() {
        Cloze cloze = (Cloze) only("The capital of Azerbaijan is _____ {=Bakı =Baku}");

        assertThat(cloze.prompt()).isEqualTo("The capital of Azerbaijan is " + Cloze.marker(1));
    }

    @Test
    void missingWordChoiceKeepsMoodlesBlankInThePrompt() {
        SingleChoice choice = (SingleChoice) only("Grant is {~buried =entombed ~living} in Grant's tomb.");

        assertThat(choice.prompt()).isEqualTo("Grant is _____ in Grant's tomb.");
    }

    @Test
    void readsNumericAnswersWithToleranceRangesAndSeveralAnswers() {
        Numeric tolerance = (Numeric) only("When was Ulysses S. Grant born?{#1822:5}");
        Numeric range = (Numeric) only("::Q5:: What is a number from 1 to 5? {#1..5}");
        Numeric several = (Numeric) only("When was Ulysses S. Grant born? {#\n=1822:0 # Correct!\n=%50%1822:2 # Close\n}");

        assertThat(tolerance.value()).isEqualByComparingTo("1822");
        assertThat(tolerance.tolerance().amount()).isEqualByComparingTo("5");
        assertThat(range.value()).isEqualByComparingTo("3");
        assertThat(range.tolerance().amount()).isEqualByComparingTo("2");
        assertThat(several.value()).isEqualByComparingTo("1822");
        assertThat(several.tolerance().isExact()).isTrue();
        assertThat(several.unit()).isNull();
    }

    @Test
    void readsMatching() {
        Matching matching = (Matching) only("""
                Match the following countries with their corresponding capitals. {
                   =Canada -> Ottawa
                   =Italy  -> Rome
                   =Japan  -> Tokyo
                   =India  -> New Delhi
                   ####It's good to know the capitals
                }""");

        assertThat(matching.pairs()).extracting(MatchPair::left, MatchPair::right).containsExactly(tuple("Canada", "Ottawa"),
                tuple("Italy", "Rome"), tuple("Japan", "Tokyo"), tuple("India", "New Delhi"));
        assertThat(matching.info().feedback()).isEqualTo("It's good to know the capitals");
    }

    @Test
    void readsMoodlesOwnExportWithHtmlTagsIdAndTags() {
        ShortAnswer answer = (ShortAnswer) only("""
                // question: 1234  name: Capital
                // [id:geo-1] [tag:geography] [tag:capital \\] cities]
                ::Capital::[html]<p>What is the capital of <b>Azerbaijan</b>?<br>Think &amp; answer.</p>{
                \t=%100%Bakı#
                \t=%0%*#Not quite.
                \t####<p>Bakı is on the Caspian Sea.</p>
                }

                """);

        assertThat(answer.prompt()).isEqualTo("What is the capital of Azerbaijan?\nThink & answer.");
        assertThat(answer.acceptedAnswers()).containsExactly("Bakı");
        assertThat(answer.info().feedback()).isEqualTo("Bakı is on the Caspian Sea.");
        assertThat(answer.info().tags()).containsExactly("geography", "capital ] cities");
    }

    @Test
    void readsMoodlesExportOfNumericAndMultipleChoice() {
        ImportedItems read = read("""
                // question: 7  name: Year
                ::Year::[html]<p>When?</p>{#
                	=%100%1613:0.5#
                	~#<p>Look again.</p>
                	####<p>General.</p>
                }

                // question: 8  name: Town
                ::Town::[html]<p>Which?</p>{
                	=Xocalı#<p>Yes.</p>
                	~%-50%Şuşa
                }
                """);

        assertThat(read.problems()).isEmpty();
        Numeric numeric = (Numeric) read.items().get(0);
        assertThat(List.of(numeric.prompt(), numeric.value().toPlainString(), numeric.tolerance().amount().toPlainString(),
                numeric.info().feedback())).containsExactly("When?", "1613", "0.5", "General.");
        assertThat(((SingleChoice) read.items().get(1)).options()).extracting(ChoiceOption::text, ChoiceOption::correct,
                ChoiceOption::feedback).containsExactly(tuple("Xocalı", true, "Yes."), tuple("Şuşa", false, ""));
    }

    @Test
    void skipsCategoriesAndCountsPositionsByQuestion() {
        ImportedItems read = read("""
                $CATEGORY: $course$/top/Default for Course

                ::First:: One {T}

                // only a comment

                ::Second:: An essay {}

                $CATEGORY: Other

                ::Third:: Three {=x ~y}
                """);

        assertThat(read.items()).hasSize(2);
        assertThat(read.problems()).containsExactly(
                new ItemIssue(2, "Second", Reason.QUESTION_TYPE_NOT_SUPPORTED, "essay (an empty answer block {})"));
    }

    @Test
    void reportsDescriptionsAndPartialCreditByTitleOrStartOfText() {
        ImportedItems read = read("""
                ::Intro:: Read the text below.

                Which is partly right? {=%50%half =full}

                ::Wild:: Name it {=Gr*nt}

                ::Unequal:: Pick {~%70%a ~%30%b ~c}

                ::Distractor:: Match {=a -> 1 =b -> 2 = -> 3}
                """);

        assertThat(read.items()).isEmpty();
        assertThat(read.problems()).extracting(ItemIssue::position, ItemIssue::label, ItemIssue::reason, ItemIssue::detail)
                .containsExactly(
                        tuple(1, "Intro", Reason.QUESTION_TYPE_NOT_SUPPORTED, "description (a text without an answer block in braces)"),
                        tuple(2, "Which is partly right?", Reason.FEATURE_NOT_IMPORTABLE,
                                "partial credit (50%) for the answer 'half'"),
                        tuple(3, "Wild", Reason.FEATURE_NOT_IMPORTABLE, "the answer 'Gr*nt' uses Moodle's wildcard *"),
                        tuple(4, "Unequal", Reason.FEATURE_NOT_IMPORTABLE,
                                "the correct answers weigh 70%, 30%; Sourcebook gives every correct option an equal share of 100%"),
                        tuple(5, "Distractor", Reason.FEATURE_NOT_IMPORTABLE,
                                "the extra answer '3' has no question to match; Sourcebook's matching has no distractors"));
    }

    @Test
    void reportsSyntaxErrorsSpecifically() {
        assertThat(onlyProblem("::Open:: Which? {=a ~b")).isEqualTo(new ItemIssue(1, "Open", Reason.SYNTAX_ERROR,
                "the answer block opened with '{' is not closed with '}'"));
        assertThat(onlyProblem("::Arrow:: Match {=a -> 1 =b 2 =c -> 3}").detail())
                .isEqualTo("'->' missing in the matching pair 'b 2'");
        assertThat(onlyProblem("::Title without end Which? {T}").detail())
                .isEqualTo("the title starting with '::' is not closed with '::'");
        assertThat(onlyProblem("::Two:: A {T} and B {F}").detail()).startsWith("more than one answer block in braces");
        assertThat(onlyProblem("::Nested:: A {=a {b}").detail()).startsWith("'{' inside the answer block");
        assertThat(onlyProblem("::Close:: A } then {T}").detail()).startsWith("'}' comes before the opening '{'");
        assertThat(onlyProblem("::NaN:: How many? {#many}").detail()).isEqualTo("'many' is not a number");
        assertThat(onlyProblem("::Huge:: How many? {#1e999999999}").detail())
                .isEqualTo("'1e999999999' is too large or too precise a number");
        assertThat(onlyProblem("::Lead:: Pick {a =b ~c}").detail())
                .isEqualTo("'a' before the first answer; answers start with = or ~");
    }

    @Test
    void reportsQuestionsThatAreReadButInvalid() {
        ItemIssue twoCorrect = onlyProblem("::Two:: Pick {=a =b ~c}");

        assertThat(twoCorrect.reason()).isEqualTo(Reason.INVALID_QUESTION);
        assertThat(twoCorrect.detail()).isEqualTo("single choice needs exactly one correct option");
    }

    @Test
    void refusesFilesThatAreNotGift() {
        assertThat(fileProblem(new byte[0])).isEqualTo("the file has no questions");
        assertThat(fileProblem("// only\n// comments\n\n$CATEGORY: x\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("the file has no questions");
        assertThat(fileProblem(new byte[] {(byte) 0xC3, (byte) 0x28, 'a'})).isEqualTo("the file is not UTF-8 text");
        assertThat(fileProblem("a\0b{T}".getBytes(StandardCharsets.UTF_8))).isEqualTo("the file is binary, not GIFT text");
        assertThat(fileProblem("<?xml version=\"1.0\"?>\n<quiz></quiz>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("the file is XML (Moodle XML?), not GIFT");
        assertThat(fileProblem("Dear teacher,\n\nhere are my notes.\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("no GIFT question found: no answer block in braces and no ::title::");
    }

    private static String fileProblem(byte[] content) {
        ImportedItems read = new GiftReader().read(content);
        assertThat(read.items()).isEmpty();
        assertThat(read.problems()).hasSize(1);
        assertThat(read.problems().get(0).position()).isZero();
        assertThat(read.problems().get(0).reason()).isEqualTo(Reason.FILE_NOT_READABLE);
        return read.problems().get(0).detail();
    }

    @Test
    void readsWindowsAndOldMacLineEndsAndAByteOrderMark() {
        ImportedItems read = read("\uFEFF::A:: One {T}\r\n\r\n::B:: Two {F}\r\r::C:: Three {=x}");

        assertThat(read.problems()).isEmpty();
        assertThat(read.items()).extracting(Item::prompt).containsExactly("One", "Two", "Three");
    }

    @Test
    void escapedCharactersAreTextAndAzerbaijaniLettersSurvive() {
        SingleChoice choice = (SingleChoice) only("Şəhər\\: 1 \\= 2 \\{ğ\\} \\~ \\# ı\\\\ {=ö\\#ş ~ç\\=ü}");

        assertThat(choice.prompt()).isEqualTo("Şəhər: 1 = 2 {ğ} ~ # ı\\");
        assertThat(choice.options()).extracting(ChoiceOption::text).containsExactly("ö#ş", "ç=ü");
    }

    @Test
    void numericValuesAreKeptExactly() {
        Numeric numeric = (Numeric) only("Pi? {#3.14159:0.00005}");

        assertThat(numeric.value()).isEqualTo(new BigDecimal("3.14159"));
        assertThat(numeric.tolerance().amount()).isEqualTo(new BigDecimal("0.00005"));
    }

    @Test
    void importedIdsAreFreshAndOptionIdsFollowFileOrder() {
        ImportedItems first = read("A {=x ~y ~z}");
        ImportedItems second = read("A {=x ~y ~z}");

        assertThat(first.items().get(0).id()).isNotEqualTo(second.items().get(0).id());
        assertThat(((SingleChoice) first.items().get(0)).options()).extracting(option -> option.id().value())
                .containsExactly("a", "b", "c");
        assertThat(GiftQuestionReader.optionId(26).value()).isEqualTo("aa");
        assertThat(List.of(GiftQuestionReader.optionId(27).value())).containsExactly("ab");
    }
}
