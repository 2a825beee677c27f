package org.sourcebook.item;

import java.util.Locale;

/**
 * The text the bank's search looks in: an item's prompt and canonical answer, lower-cased in Java
 * (the same way for the stored column and the searched words), so the search behaves alike on
 * every database and needs no database-specific JSON or case functions.
 */
final class ItemSearchText {

    /** The column's length; longer texts are cut (a search matches the start of very long prompts). */
    static final int MAX_LENGTH = 4000;

    private ItemSearchText() {}

    static String of(String prompt, String answer) {
        String text = normalize(prompt + "\n" + answer);
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH);
    }

    /** What a searched text is compared as. */
    static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** A LIKE pattern finding {@code words} anywhere, with {@code \} as the escape character. */
    static String containsPattern(String words) {
        String escaped = normalize(words.strip()).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
