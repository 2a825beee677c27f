package org.sourcebook.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sourcebook.content.source.EnglishSegmenter;
import org.sourcebook.content.source.TextRange;

/** The benchmark corpus is what DraftingBenchmark says it is: sized, shaped and repeatable. */
class SyntheticCorpusTest {

    private final EnglishSegmenter segmenter = new EnglishSegmenter();

    @ParameterizedTest
    @ValueSource(ints = {500, 1_000, 10_000, 100_000})
    void hasTheRequestedNumberOfWordsWithinTwoPercent(int words) {
        int actual = SyntheticCorpus.countWords(SyntheticCorpus.text(words, 7));

        assertThat(actual).isBetween((int) Math.floor(words * 0.98), (int) Math.ceil(words * 1.02));
    }

    @Test
    void isTheSameForTheSameSeedAndDiffersForAnother() {
        assertThat(SyntheticCorpus.text(5_000, 42)).isEqualTo(SyntheticCorpus.text(5_000, 42));
        assertThat(SyntheticCorpus.text(5_000, 42)).isNotEqualTo(SyntheticCorpus.text(5_000, 43));
    }

    @Test
    void isATitleLineThenParagraphsOfThreeToSevenSentences() {
        String text = SyntheticCorpus.text(10_000, 7);
        List<TextRange> paragraphs = segmenter.paragraphs(text);
        List<TextRange> sentences = segmenter.sentences(text, paragraphs);

        assertThat(text).contains("\n\n").doesNotStartWith("\n");
        assertThat(text.substring(0, text.indexOf('\n'))).doesNotContain(".");
        assertThat(paragraphs.get(0).end()).isEqualTo(text.indexOf('\n'));
        for (TextRange paragraph : paragraphs.subList(1, paragraphs.size())) {
            long inParagraph = sentences.stream()
                    .filter(s -> s.start() >= paragraph.start() && s.end() <= paragraph.end())
                    .count();
            assertThat(inParagraph).as("sentences in %s", text.substring(paragraph.start(), paragraph.end()))
                    .isBetween(3L, 7L);
        }
    }

    @Test
    void rarelyRepeatsASentenceEvenAtOneHundredThousandWords() {
        String text = SyntheticCorpus.text(100_000, 7);
        List<TextRange> sentences = segmenter.sentences(text, segmenter.paragraphs(text));
        Set<String> distinct = new HashSet<>();
        sentences.forEach(s -> distinct.add(text.substring(s.start(), s.end())));

        assertThat(SyntheticCorpus.templateCount()).isGreaterThanOrEqualTo(40);
        assertThat(distinct.size()).isGreaterThanOrEqualTo((int) (sentences.size() * 0.98));
    }
}
