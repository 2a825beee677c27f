package org.sourcebook.content.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.source.TextDiff.Change;
import org.sourcebook.content.source.TextDiff.Part;
import org.sourcebook.content.source.TextDiff.Replacement;

class TextDiffTest {

    @Test
    void aChangedNumberIsOneReplacedWordAndTheRestIsShared() {
        TextDiff diff = TextDiff.of("Another 620 people were wounded.", "Another 780 people were wounded.");

        assertThat(diff.parts()).containsExactly(new Part(Change.SAME, "Another "), new Part(Change.REMOVED, "620"),
                new Part(Change.ADDED, "780"), new Part(Change.SAME, " people were wounded."));
        assertThat(diff.replacements()).containsExactly(new Replacement("620", "780"));
    }

    @Test
    void aNumberWithThousandsSeparatorsIsOneWord() {
        TextDiff diff = TextDiff.of("and 1,275 taken captive", "and 1,312 taken captive");

        assertThat(diff.replacements()).containsExactly(new Replacement("1,275", "1,312"));
    }

    @Test
    void neighbouringChangedWordsAreOnePlaceAndPureAdditionsAreNoReplacement() {
        TextDiff diff = TextDiff.of("613 civilians were killed.", "613 civilians were brutally murdered in one night.");

        assertThat(diff.replacements()).containsExactly(new Replacement("killed", "brutally murdered in one night"));
        assertThat(TextDiff.of("The town burned.", "The old town burned.").replacements()).isEmpty();
    }

    @Test
    void thePartsGiveBackBothTexts() {
        String before = "Khojaly was attacked. 613 civilians were killed.";
        String after = "Khojaly was attacked at night; 613 people were killed!";

        TextDiff diff = TextDiff.of(before, after);

        assertThat(diff.before()).isEqualTo(before);
        assertThat(diff.after()).isEqualTo(after);
        assertThat(diff.isUnchanged()).isFalse();
        assertThat(TextDiff.of(before, before).isUnchanged()).isTrue();
    }

    @Test
    void mapsAPassageIntoTheNewTextWideningOverChangedWords() {
        TextDiff diff = TextDiff.of("In 1992 Khojaly had 7,000 inhabitants.", "In 1992 the town of Khojaly had 6,500 inhabitants.");

        assertThat(slice(diff, "Khojaly had 7,000")).isEqualTo("Khojaly had 6,500");
        assertThat(slice(diff, "7,000 inhabitants")).isEqualTo("6,500 inhabitants");
        assertThat(slice(diff, "In 1992")).isEqualTo("In 1992");
    }

    @Test
    void textsTooLongToAlignAreOneReplacement() {
        String before = "word ".repeat(2_100);
        String after = "other ".repeat(2_100);

        assertThat(TextDiff.of(before, after).parts()).containsExactly(new Part(Change.REMOVED, before),
                new Part(Change.ADDED, after));
    }

    private static String slice(TextDiff diff, String quote) {
        int start = diff.before().indexOf(quote);
        TextRange mapped = diff.map(start, start + quote.length());
        return diff.after().substring(mapped.start(), mapped.end());
    }

    @Test
    void tokensCoverTheWholeText() {
        List<String> tokens = TextDiff.tokens("On 26 Feb. 1992, 613 (sic) were killed.");

        assertThat(String.join("", tokens)).isEqualTo("On 26 Feb. 1992, 613 (sic) were killed.");
        assertThat(tokens).contains("1992", ",", "(", "sic");
    }
}
