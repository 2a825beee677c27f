package org.sourcebook.content.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EnglishSegmenterTest {

    private final EnglishSegmenter segmenter = new EnglishSegmenter();

    static Stream<Arguments> sentenceCases() {
        return Stream.of(
                sentences("two plain sentences", "It rained. We stayed in.", "It rained.", "We stayed in."),
                sentences("month before a day", "On Feb. 26 it began. Then it ended.", "On Feb. 26 it began.", "Then it ended."),
                sentences("month before a year", "It was 26 Feb. 1992 in Khojaly.", "It was 26 Feb. 1992 in Khojaly."),
                sentences("month ending a sentence", "It happened in Feb. The rest came later.",
                        "It happened in Feb.", "The rest came later."),
                sentences("U.S. inside a sentence", "The U.S. Senate voted.", "The U.S. Senate voted."),
                sentences("U.S. ending a sentence", "He moved to the U.S. The move was hard.",
                        "He moved to the U.S.", "The move was hard."),
                sentences("U.N. before a name", "The U.N. Security Council met.", "The U.N. Security Council met."),
                sentences("title before a name", "Dr. Smith met Mr. Jones and Mrs. Lee at St. Mary's. They talked.",
                        "Dr. Smith met Mr. Jones and Mrs. Lee at St. Mary's.", "They talked."),
                sentences("number abbreviation", "See No. 5 on the list. It is short.", "See No. 5 on the list.", "It is short."),
                sentences("e.g. and i.e. mid-sentence", "Fruit, e.g. Apples, i.e. Red ones, sell well. Nuts too.",
                        "Fruit, e.g. Apples, i.e. Red ones, sell well.", "Nuts too."),
                sentences("etc. mid-sentence", "Pens, ink etc. are sold here. Paper too.",
                        "Pens, ink etc. are sold here.", "Paper too."),
                sentences("etc. ending a sentence", "Pens, ink, etc. Paper is sold elsewhere.",
                        "Pens, ink, etc.", "Paper is sold elsewhere."),
                sentences("initials", "J. R. R. Tolkien wrote it. He was English.", "J. R. R. Tolkien wrote it.", "He was English."),
                sentences("decimals", "It grew by 3.5 per cent. Then 0.5 more.", "It grew by 3.5 per cent.", "Then 0.5 more."),
                sentences("ellipsis inside", "He waited... and waited. Nothing came.", "He waited... and waited.", "Nothing came."),
                sentences("ellipsis at the end", "He waited… Nobody came.", "He waited…", "Nobody came."),
                sentences("quote after the full stop", "She wrote \"...the end.\" He said nothing.",
                        "She wrote \"...the end.\"", "He said nothing."),
                sentences("bracket after the full stop", "(This was later.) The war went on.", "(This was later.)", "The war went on."),
                sentences("curly quotes", "“It is over.” They left.", "“It is over.”", "They left."),
                sentences("question and exclamation", "Why? Because! Fine.", "Why?", "Because!", "Fine."),
                sentences("question inside a quote", "\"Why?\" she asked. \"Because.\"", "\"Why?\" she asked.", "\"Because.\""),
                sentences("mixed marks", "Really?! Yes.", "Really?!", "Yes."),
                sentences("line ending a sentence", "First line.\nsecond line starts small.",
                        "First line.", "second line starts small."),
                sentences("wrapped line", "A sentence that wraps\nonto the next line. Done.",
                        "A sentence that wraps\nonto the next line.", "Done."),
                sentences("title at a line end", "Ask Dr.\nSmith today.", "Ask Dr.\nSmith today."),
                sentences("list numbers", "1. Apples are red.\n2. Pears are not.", "1. Apples are red.", "2. Pears are not."),
                sentences("short numbered lines without stops are lines of their own", "1. Apples\n2. Pears", "1. Apples", "2. Pears"),
                sentences("a quoted heading line is a line of its own", "\"King Cholera\"\nCholera reached Britain in 1831.",
                        "\"King Cholera\"", "Cholera reached Britain in 1831."),
                sentences("a bullet line after a colon starts a sentence", "He took steps:\n• In 1563 he cut a tax.\n• In 1564 he cut another.",
                        "He took steps:", "• In 1563 he cut a tax.", "• In 1564 he cut another."),
                sentences("year ending a sentence", "It ended in 1992. 1993 was calm.", "It ended in 1992.", "1993 was calm."),
                sentences("no final punctuation", "A heading without a stop", "A heading without a stop"),
                sentences("closing bracket then stop", "Papers (The Times, etc.). Others too.",
                        "Papers (The Times, etc.).", "Others too."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentenceCases")
    void findsSentenceBoundaries(String description, String text, List<String> expected) {
        assertThat(quotes(text, segmenter.sentences(text, segmenter.paragraphs(text)))).isEqualTo(expected);
    }

    static Stream<Arguments> paragraphCases() {
        return Stream.of(
                paragraphs("blank line", "One.\n\nTwo.", "One.", "Two."),
                paragraphs("single newline stays inside", "One\ncontinues.\n\nTwo.", "One\ncontinues.", "Two."),
                paragraphs("whitespace-only line is blank", "One.\n \t\u00A0\nTwo.", "One.", "Two."),
                paragraphs("surrounding whitespace trimmed", "\n\n  One.  \n\n\n\tTwo.\t\n", "One.", "Two."),
                paragraphs("only whitespace", " \n\t\n "),
                paragraphs("empty", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paragraphCases")
    void findsParagraphs(String description, String text, List<String> expected) {
        assertThat(quotes(text, segmenter.paragraphs(text))).isEqualTo(expected);
    }

    @Test
    void everySentenceLiesInsideOneParagraph() {
        String text = "A first one. Ends here.\n\nDr.\n\nSmith. And \"more?\"\n\n(Bracketed.)";
        List<TextRange> paragraphs = segmenter.paragraphs(text);
        List<TextRange> sentences = segmenter.sentences(text, paragraphs);

        assertThat(sentences).allSatisfy(sentence -> assertThat(paragraphs).anySatisfy(
                paragraph -> assertThat(paragraph.contains(sentence)).isTrue()));
        assertThat(quotes(text, sentences)).containsExactly("A first one.", "Ends here.", "Dr.", "Smith.", "And \"more?\"", "(Bracketed.)");
    }

    @Test
    void segmentsTheDemoDocument() {
        DocumentVersion demo = DocumentVersion.of(DocumentId.random(), 1, DemoDocument.text(),
                DocumentMetadata.titled("29th anniversary of the Khojaly massacre"), segmenter);

        List<String> paragraphs = quotes(demo.text(), demo.paragraphs());
        List<String> sentences = quotes(demo.text(), demo.sentences());
        assertThat(paragraphs).hasSize(8).first().isEqualTo("29th anniversary of the Khojaly massacre");
        assertThat(sentences).hasSize(15).contains(
                "On February 26, 1992 Azerbaijan witnessed what the Human Rights Watch later called the \"largest "
                        + "massacre to date in the conflict\" between Armenia and Azerbaijan.",
                "Another 487 people were wounded and 1,275 taken captive.",
                "We were able to break that [stereotype].\"",
                "Justice for Khojaly!");
        assertThat(sentences.get(5)).startsWith("The responsibility of Armenia").endsWith("The Independent and etc.).");
    }


    private static List<String> quotes(String text, List<TextRange> ranges) {
        return ranges.stream().map(range -> text.substring(range.start(), range.end())).toList();
    }

    private static Arguments sentences(String description, String text, String... expected) {
        return Arguments.of(description, text, List.of(expected));
    }

    private static Arguments paragraphs(String description, String text, String... expected) {
        return Arguments.of(description, text, List.of(expected));
    }
}
