package org.sourcebook.persistence;

import java.util.Locale;

/** SQL LIKE patterns from typed search text, matched literally (use with {@code escape '\'}). */
public final class LikePatterns {

    private LikePatterns() {}

    /** "contains", lower-cased: {@code %text%} with {@code %}, {@code _} and {@code \} escaped. */
    public static String containsLowerCase(String text) {
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
