package org.sourcebook.exchange.moodle;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcebook.content.item.Cloze;
import org.sourcebook.content.item.ClozeGap;

/**
 * Reads the gaps of a Moodle cloze (multianswer) question text with the patterns of Moodle's own
 * parser (qtype_multianswer_extract_question): a gap is {@code {weight:TYPE:alternatives}}, an
 * alternative is an optional grade ({@code =} or {@code %n%}), an answer ending before an
 * unescaped {@code ~ # }}, and an optional {@code #feedback}. Only SHORTANSWER gaps (case-insensitive
 * or all case-sensitive) can become a Sourcebook cloze.
 */
final class ClozeText {

    private static final String TYPES = "NUMERICAL|NM|MULTICHOICE|MC|MULTICHOICE_V|MCV|MULTICHOICE_H|MCH"
            + "|SHORTANSWER|SA|MW|SHORTANSWER_C|SAC|MWC|MULTICHOICE_S|MCS|MULTICHOICE_VS|MCVS|MULTICHOICE_HS|MCHS"
            + "|MULTIRESPONSE|MR|MULTIRESPONSE_H|MRH|MULTIRESPONSE_S|MRS|MULTIRESPONSE_HS|MRHS";
    private static final String FRACTION = "(=|%(-?[0-9]+(?:[.,][0-9]*)?)%)";
    private static final String ANSWER = "(.+?(?<!\\\\|&|&amp;)(?=[~#}]|$))";
    private static final String FEEDBACK = "(#(.*?(?<!\\\\)(?=[~}]|$)))";
    private static final String ALTERNATIVE = FRACTION + "?" + ANSWER + FEEDBACK + "?";
    /** Group 1 is the weight, 2 the type, 3 all alternatives (groups open in this order, the rest follow). */
    private static final Pattern GAP = Pattern.compile("\\{([0-9]*):(" + TYPES + "):(" + ALTERNATIVE + "(?:~"
            + ALTERNATIVE + ")*)\\}", Pattern.DOTALL);
    private static final Pattern NEXT_ALTERNATIVE = Pattern.compile("~?" + ALTERNATIVE, Pattern.DOTALL);
    private static final BigDecimal FULL = BigDecimal.valueOf(100);

    /** The text with {@code {{n}}} markers where the gaps were, the gaps, and whether they compare case-sensitively. */
    record Parsed(String textWithMarkers, List<ClozeGap> gaps, boolean caseSensitive) {
    }

    private ClozeText() {
    }

    static Parsed parse(String questionText) throws QuestionNotReadable {
        Matcher gaps = GAP.matcher(questionText);
        StringBuilder text = new StringBuilder();
        List<ClozeGap> read = new ArrayList<>();
        Set<Boolean> caseSensitivity = new HashSet<>();
        Set<String> weights = new HashSet<>();
        int end = 0;
        while (gaps.find()) {
            int number = read.size() + 1;
            caseSensitivity.add(caseSensitive(gaps.group(2), number));
            weights.add(gaps.group(1).isEmpty() ? "1" : gaps.group(1));
            read.add(gap(gaps.group(3), number));
            text.append(questionText, end, gaps.start()).append(Cloze.marker(number));
            end = gaps.end();
        }
        text.append(questionText.substring(end));
        if (caseSensitivity.size() > 1) {
            throw QuestionNotReadable.notImportable("some gaps compare case-sensitively (SHORTANSWER_C) and others not");
        }
        if (weights.size() > 1) {
            throw QuestionNotReadable.notImportable("gaps with different weights (" + String.join(", ", weights) + ")");
        }
        return new Parsed(text.toString(), read, caseSensitivity.contains(Boolean.TRUE));
    }

    private static boolean caseSensitive(String type, int number) throws QuestionNotReadable {
        switch (type) {
            case "SHORTANSWER":
            case "SA":
            case "MW":
                return false;
            case "SHORTANSWER_C":
            case "SAC":
            case "MWC":
                return true;
            default:
                throw QuestionNotReadable.notImportable("gap " + number + " is " + type + "; only SHORTANSWER gaps can be imported");
        }
    }

    private static ClozeGap gap(String alternatives, int number) throws QuestionNotReadable {
        Matcher alternative = NEXT_ALTERNATIVE.matcher(alternatives);
        List<String> accepted = new ArrayList<>();
        while (alternative.find()) {
            String answer = MoodleText.fromClozeAnswer(alternative.group(3)).strip();
            if (grade(alternative.group(1), alternative.group(2), answer, number).compareTo(FULL) != 0) {
                continue;
            }
            if (MoodleText.hasWildcard(answer)) {
                throw QuestionNotReadable.notImportable("gap " + number + " answer \"" + answer + "\" uses the wildcard *");
            }
            accepted.add(MoodleText.unescapeWildcards(answer));
        }
        return new ClozeGap(accepted);
    }

    /** The alternative's grade in percent: 100 for {@code =}, n for {@code %n%}, else 0; partial grades are refused. */
    private static BigDecimal grade(String fraction, String percent, String answer, int number) throws QuestionNotReadable {
        if ("=".equals(fraction)) {
            return FULL;
        }
        if (percent == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal grade = new BigDecimal(percent.replace(',', '.'));
        if (grade.signum() != 0 && grade.compareTo(FULL) != 0) {
            throw QuestionNotReadable.notImportable("gap " + number + " answer \"" + answer + "\" gives partial credit ("
                    + percent + "%)");
        }
        return grade;
    }
}
