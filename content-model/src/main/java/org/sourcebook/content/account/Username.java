package org.sourcebook.content.account;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A login name in its canonical form: trimmed, lower case, 2 to 64 characters from {@code a-z},
 * {@code 0-9} and {@code . _ @ -}, starting with a letter or digit.
 *
 * <p>Canonical names make "Teacher" and "teacher " the same account, and keep names safe to show
 * and to use as keys.
 */
public record Username(String value) {

    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 64;
    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9][a-z0-9._@-]*");

    /** Rejects a value that is not already canonical; use {@link #of(String)} for user input. */
    public Username {
        if (value.length() < MIN_LENGTH || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "A username must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long");
        }
        if (!ALLOWED.matcher(value).matches()) {
            throw new IllegalArgumentException("A username may contain only letters a-z, digits and . _ @ -,"
                    + " and must start with a letter or digit");
        }
    }

    /**
     * Parses what a person typed: surrounding spaces are dropped and letters lower-cased.
     *
     * @throws IllegalArgumentException with a message fit to show when the result is not valid
     */
    public static Username of(String input) {
        String canonical = Normalizer.normalize(input.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return new Username(canonical);
    }

    @Override
    public String toString() {
        return value;
    }
}
