package org.sourcebook.drafting.english;

import org.sourcebook.drafting.DateKey;
import org.sourcebook.drafting.Mention;
import org.sourcebook.drafting.MentionKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.source.TextRange;
import org.sourcebook.drafting.english.EnglishTokens.Token;

/** Finds dates, years and numbers (with what they count) in one English sentence. */
final class EnglishNumbers {

    private static final String MONTH = "(?<month>January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>\\d{3,4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(?<year>\\d{3,4})\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(?<year>\\d{4})\\b");
    private static final Pattern DECADE = Pattern.compile("\\b(?<year>1\\d{2}0|20[0-9]0)s\\b");

    private static final Pattern CLAUSE_VERB = Pattern.compile(
            "^(?:\\s+(?:from|of|in|at)\\s+\\p{L}+(?:\\s+\\p{L}+)?)?\\s+(?:were|are|have|had|remain|remained"
                    + "|remains|lost|died|live|lived|became|\\p{Ll}+ed)\\b");
    private static final Pattern CLAUSE_END =
            Pattern.compile("[,;:.!?()\"“”]|\\s(?:and|but|while|whereas)\\s(?=\\d)|\\s(?:while|but|whereas)\\s");

    private EnglishNumbers() {}

    /**
     * "people from Khojaly remain missing" for "150 people from Khojaly remain missing": what the
     * number counts followed by a verb, up to the end of its clause; "" when the sentence is not
     * shaped like that.
     */
    static String clause(Mention number, String documentText, int sentenceEnd) {
        if (number.counted().isEmpty() || number.ordinal() || number.text().endsWith("%")
                || EnglishLexicon.UNITS.contains(number.counted().toLowerCase(java.util.Locale.ROOT))) {
            return "";
        }
        String after = documentText.substring(number.end(), sentenceEnd);
        String countedPart = " " + number.counted();
        if (!after.startsWith(countedPart) || !CLAUSE_VERB.matcher(after.substring(countedPart.length())).find()) {
            return "";
        }
        String rest = after.substring(countedPart.length());
        Matcher end = CLAUSE_END.matcher(rest);
        String clause = (number.counted() + (end.find() ? rest.substring(0, end.start()) : rest)).strip();
        return clause.split("\\s+").length <= 14 ? clause : "";
    }

    /** Dates with a month, and decades, found in {@code text} (at {@code offset}), in text order. */
    static List<Mention> dates(String text, int offset) {
        List<Mention> found = new ArrayList<>();
        for (Pattern pattern : List.of(MONTH_DAY_YEAR, DAY_MONTH_YEAR, MONTH_YEAR)) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                int month = EnglishLexicon.MONTHS.get(matcher.group("month").replace(".", "").toLowerCase(java.util.Locale.ROOT));
                int day = pattern == MONTH_YEAR ? 0 : Integer.parseInt(matcher.group("day"));
                if (day <= 31) {
                    var key = new DateKey(Integer.parseInt(matcher.group("year")), month, day, false);
                    addUnlessOverlapping(found, temporal(MentionKind.DATE, offset + matcher.start(), matcher.group(), key));
                }
            }
        }
        Matcher decades = DECADE.matcher(text);
        while (decades.find()) {
            var key = new DateKey(Integer.parseInt(decades.group("year")), 0, 0, true);
            addUnlessOverlapping(found, temporal(MentionKind.YEAR, offset + decades.start(), decades.group(), key));
        }
        found.sort(java.util.Comparator.comparingInt(Mention::start));
        return found;
    }

    private static final Map<String, Integer> NUMBER_WORDS = numberWords();
    private static final Set<String> ORDINAL_ONES = Set.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth");

    /**
     * A number written as a word ("nine members", "two-year terms", "a million") at {@code index},
     * or null. "one" only counts before a multiplier, since it is more often a pronoun.
     */
    static @Nullable Mention numberWordAt(List<Token> tokens, int index, String documentText) {
        Token token = tokens.get(index);
        if (!token.isWord()) {
            return null;
        }
        String lower = token.lower();
        int hyphen = lower.indexOf('-');
        String head = hyphen > 0 ? lower.substring(0, hyphen) : lower;
        Integer compound = compound(lower, hyphen);
        if (compound != null) {
            return new Mention(MentionKind.NUMBER, new TextRange(token.start(), token.end()), token.text(),
                    counted(tokens, index + 1), "", BigDecimal.valueOf(compound), null, false);
        }
        Token next = index + 1 < tokens.size() ? tokens.get(index + 1) : null;
        boolean multiplied = hyphen < 0 && next != null && MULTIPLIER_WORDS.contains(next.lower());
        if (MULTIPLIER_WORDS.contains(lower) && index > 0 && tokens.get(index - 1).lower().equals("a")) {
            var range = new TextRange(token.start(), token.end());
            return new Mention(MentionKind.NUMBER, range, token.text(), "", "", multiplier(lower), null, false);
        }
        Integer value = NUMBER_WORDS.get(head);
        boolean ordinal = hyphen > 0 && ORDINAL_ONES.contains(lower.substring(hyphen + 1)); // "the twenty-seventh of July"
        if (value == null || value == 1 && !multiplied || ordinal) {
            return null;
        }
        int end = hyphen > 0 ? token.start() + hyphen : multiplied ? next.end() : token.end();
        BigDecimal amount = multiplied ? BigDecimal.valueOf(value).multiply(multiplier(next.lower())) : BigDecimal.valueOf(value);
        String counted = hyphen > 0 ? token.text().substring(hyphen + 1) : counted(tokens, multiplied ? index + 2 : index + 1);
        return new Mention(MentionKind.NUMBER, new TextRange(token.start(), end), documentText.substring(token.start(), end),
                counted, "", amount, null, false);
    }

    /** "thirty-eight" as 38; null for anything else ("two-year"). */
    private static @Nullable Integer compound(String lower, int hyphen) {
        if (hyphen <= 0) {
            return null;
        }
        Integer tens = NUMBER_WORDS.get(lower.substring(0, hyphen));
        Integer ones = NUMBER_WORDS.get(lower.substring(hyphen + 1));
        return tens != null && ones != null && tens >= 20 && tens % 10 == 0 && tens <= 90 && ones < 10 ? tens + ones : null;
    }

    /** {@code value} as an English word, or null when it has no one-word name here. */
    static @Nullable String numberWord(BigDecimal value) {
        return NUMBER_WORDS.entrySet().stream()
                .filter(entry -> BigDecimal.valueOf(entry.getValue()).compareTo(value) == 0)
                .map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    /**
     * The number token at {@code index} as a year or a count, or null when it is part of a range,
     * an identifier or a date already found.
     */
    static @Nullable Mention numberAt(List<Token> tokens, int index, String documentText) {
        Token token = tokens.get(index);
        if (isRangeOrIdentifier(token, documentText) || token.suffix().equals("s")) {
            return null;
        }
        BigDecimal value = parse(token.text());
        if (value == null) {
            return null;
        }
        boolean ordinal = !token.suffix().isEmpty();
        if (!ordinal && isYear(tokens, index, value)) {
            var range = new TextRange(token.start(), token.end());
            return new Mention(MentionKind.YEAR, range, token.text(), "", "", value, DateKey.ofYear(value.intValue()), false);
        }
        return count(tokens, index, value, ordinal, documentText);
    }

    private static Mention count(List<Token> tokens, int index, BigDecimal value, boolean ordinal, String documentText) {
        Token token = tokens.get(index);
        int end = token.end();
        int next = index + 1;
        String unit = "";
        if (next < tokens.size() && tokens.get(next).is("%")) {
            end = tokens.get(next).end();
            unit = "%";
            next++;
        } else if (next < tokens.size() && EnglishLexicon.MULTIPLIERS.contains(tokens.get(next).lower())) {
            end = tokens.get(next).end();
            value = value.multiply(multiplier(tokens.get(next).lower()));
            next++;
        }
        String counted = unit.isEmpty() ? counted(tokens, next) : unit;
        return new Mention(MentionKind.NUMBER, new TextRange(token.start(), end), documentText.substring(token.start(), end),
                counted, "", value, null, ordinal);
    }

    /** What a number counts: the noun phrase after it ("elderly people"), or a unit ("km"). */
    private static String counted(List<Token> tokens, int from) {
        StringBuilder counted = new StringBuilder();
        for (int i = from; i < tokens.size() && i < from + 3; i++) {
            Token word = tokens.get(i);
            boolean participle = i == from && word.lower().endsWith("ed");
            if (!word.isWord() || participle || EnglishLexicon.isStopWord(word.text())
                    || EnglishLexicon.COUNT_STOPS.contains(word.lower())
                    || (word.isCapitalized() && !nextIsLowerNoun(tokens, i))) {
                break;
            }
            if (counted.isEmpty() && EnglishLexicon.UNITS.contains(word.lower())) {
                return word.text();
            }
            counted.append(counted.isEmpty() ? "" : " ").append(word.bare());
            if (word.isPossessive()) {
                break;
            }
        }
        return counted.toString();
    }

    private static boolean nextIsLowerNoun(List<Token> tokens, int index) {
        return index + 1 < tokens.size() && tokens.get(index + 1).isLowerCase()
                && !EnglishLexicon.isStopWord(tokens.get(index + 1).text());
    }

    private static boolean isOperator(@Nullable Token token) {
        return token != null && token.text().length() == 1 && "=÷×*/+<>".contains(token.text());
    }

    private static boolean isYear(List<Token> tokens, int index, BigDecimal value) {
        Token token = tokens.get(index);
        if (token.text().length() != 4 || value.scale() > 0 || value.intValue() < 1000 || value.intValue() > 2100) {
            return false;
        }
        Token before = index > 0 ? tokens.get(index - 1) : null;
        Token after = index + 1 < tokens.size() ? tokens.get(index + 1) : null;
        if (isOperator(before) || isOperator(after)) {
            return false; // "rate = 1000 ÷ time" is a formula, not a date
        }
        if (before != null && EnglishLexicon.YEAR_LEADS.contains(before.lower())) {
            return true;
        }
        return after == null || !after.isWord() || after.lower().equals("and") || after.lower().equals("to")
                || after.isCapitalized();
    }

    private static boolean isRangeOrIdentifier(Token token, String text) {
        char before = token.start() > 0 ? text.charAt(token.start() - 1) : ' ';
        char after = token.end() < text.length() ? text.charAt(token.end()) : ' ';
        boolean dashBefore = (before == '-' || before == '–') && token.start() > 1
                && !Character.isWhitespace(text.charAt(token.start() - 2));
        boolean dashAfter = (after == '-' || after == '–' || after == '/') && token.end() + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(token.end() + 1));
        String following = text.substring(token.end(), Math.min(text.length(), token.end() + 9)).toLowerCase(java.util.Locale.ROOT);
        boolean timeOfDay = before == ':' || following.matches("^\\s?(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b|o'clock|h\\b|hrs\\b).*");
        return dashBefore || dashAfter || timeOfDay || Character.isLetter(before) || before == '$' || before == '£' || before == '€'
                || before == '#' || after == ':' && token.end() + 1 < text.length()
                && Character.isDigit(text.charAt(token.end() + 1));
    }

    static @Nullable BigDecimal parse(String number) {
        try {
            return new BigDecimal(number.replaceAll(",(?=\\d{3}(\\D|$))", ""));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static final Set<String> MULTIPLIER_WORDS = Set.of("hundred", "thousand", "million", "billion", "trillion");

    private static Map<String, Integer> numberWords() {
        String[] small = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
        Map<String, Integer> words = new java.util.LinkedHashMap<>();
        for (int i = 1; i < small.length; i++) {
            words.put(small[i], i);
        }
        String[] tens = {"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            words.put(tens[i], 30 + 10 * i);
        }
        words.put("hundred", 100);
        return java.util.Collections.unmodifiableMap(words);
    }

    private static BigDecimal multiplier(String word) {
        return switch (word) {
            case "hundred" -> BigDecimal.valueOf(100);
            case "thousand" -> BigDecimal.valueOf(1_000);
            case "million" -> BigDecimal.valueOf(1_000_000);
            case "billion" -> BigDecimal.valueOf(1_000_000_000);
            default -> BigDecimal.valueOf(1_000_000_000_000L);
        };
    }

    private static Mention temporal(MentionKind kind, int start, String text, DateKey key) {
        return new Mention(kind, new TextRange(start, start + text.length()), text, "", "", BigDecimal.valueOf(key.year()),
                key, false);
    }

    private static void addUnlessOverlapping(List<Mention> found, Mention candidate) {
        boolean overlaps = found.stream().anyMatch(m -> m.start() < candidate.end() && candidate.start() < m.end());
        if (!overlaps) {
            found.add(candidate);
        }
    }
}
