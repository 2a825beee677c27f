package org.sourcebook.drafting;

import java.util.Locale;

/** Whole-word search without regular expressions: it runs for every mention, so it must be cheap. */
final class Words {

    private Words() {}

    /** How many words {@code text} has, counted as runs of non-white-space (the same as splitting on white space, without a regex). */
    static int count(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /** True if {@code word} stands in {@code text} with no letter or digit right before or after it. */
    static boolean containsWord(String text, String word, boolean caseSensitive) {
        if (word.isEmpty()) {
            return false;
        }
        String haystack = caseSensitive ? text : text.toLowerCase(Locale.ROOT);
        String needle = caseSensitive ? word : word.toLowerCase(Locale.ROOT);
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            boolean startsClean = at == 0 || !Character.isLetterOrDigit(haystack.charAt(at - 1));
            int end = at + needle.length();
            boolean endsClean = end == haystack.length() || !Character.isLetterOrDigit(haystack.charAt(end));
            if (startsClean && endsClean) {
                return true;
            }
        }
        return false;
    }
}
