package org.sourcebook.content.grading;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sourcebook.content.item.TextComparison;

/**
 * Compares typed text with accepted answers as {@link TextComparison} describes: Unicode NFC,
 * spaces trimmed and collapsed (or removed), case folded with {@link Locale#ROOT} unless
 * case-sensitive, then equal or within the allowed typos.
 *
 * <p>Case folding also equates the Turkic dotted and dotless i ("I", "İ", "ı", "i"): Azerbaijani
 * "BAKI" must match "Bakı", which {@code Locale.ROOT} alone would not do.
 */
final class TypedText {

    /** Runs of white space, non-breaking and other Unicode spaces included. */
    static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private TypedText() {}

    static boolean isBlank(String text) {
        return SPACES.matcher(text).replaceAll("").isEmpty();
    }

    static boolean matchesAny(List<String> accepted, String typed, TextComparison comparison) {
        String given = normalize(typed, comparison);
        return !given.isEmpty()
                && accepted.stream().anyMatch(answer -> matches(normalize(answer, comparison), given, comparison));
    }

    static String normalize(String text, TextComparison comparison) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        String spaced = SPACES.matcher(nfc).replaceAll(comparison.ignoreSpaces() ? "" : " ").strip();
        return comparison.caseSensitive() ? spaced : foldCase(spaced);
    }

    private static String foldCase(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace("i\u0307", "i").replace('ı', 'i');
        return Normalizer.normalize(lower, Normalizer.Form.NFC);
    }

    private static boolean matches(String accepted, String given, TextComparison comparison) {
        if (accepted.equals(given)) {
            return true;
        }
        int allowed = comparison.typosAllowedFor(accepted.codePointCount(0, accepted.length()));
        return allowed > 0
                && accepted.codePoints().anyMatch(Character::isLetter)
                && digits(accepted).equals(digits(given))
                && EditDistance.isWithin(accepted, given, allowed);
    }

    private static String digits(String text) {
        return text.codePoints().filter(Character::isDigit).mapToObj(Character::toString).collect(Collectors.joining());
    }
}
