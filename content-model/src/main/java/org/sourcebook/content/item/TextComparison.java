package org.sourcebook.content.item;

/**
 * How a typed answer is compared with the accepted ones. Surrounding spaces are always ignored,
 * runs of spaces count as one and texts are compared in Unicode NFC; the rest is configurable.
 *
 * @param caseSensitive whether "khojaly" differs from "Khojaly"
 * @param ignoreSpaces whether "New York" equals "NewYork"
 * @param maxTypos how many typing slips (a letter added, dropped, changed, or two swapped) are
 *     still accepted; 0 turns tolerance off. Never applied to answers without letters, nor to
 *     slips in digits, so "1613" never accepts "1612"
 * @param typoMinLength accepted answers shorter than this get no typo tolerance, because one
 *     slip in a short word often makes another word
 */
public record TextComparison(boolean caseSensitive, boolean ignoreSpaces, int maxTypos, int typoMinLength) {

    /** Case-insensitive, one typo allowed in answers of five or more characters: the default for drafted items. */
    public static final TextComparison LENIENT = new TextComparison(false, false, 1, 5);

    /** Case-sensitive, no typos: for answers where spelling is the point. */
    public static final TextComparison STRICT = new TextComparison(true, false, 0, 0);

    public TextComparison {
        if (maxTypos < 0 || typoMinLength < 0) {
            throw new IllegalArgumentException("Typo tolerance and its minimum length must not be negative");
        }
    }

    /** The typos allowed against an accepted answer of {@code acceptedLength} characters. */
    public int typosAllowedFor(int acceptedLength) {
        return acceptedLength >= typoMinLength ? maxTypos : 0;
    }
}
