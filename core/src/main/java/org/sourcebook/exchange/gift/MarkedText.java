package org.sourcebook.exchange.gift;

import java.util.ArrayList;
import java.util.List;

/**
 * GIFT text with its backslash escapes resolved, remembering which characters were escaped: those
 * are plain text and never syntax. Moodle does the same with placeholders before parsing
 * ({@code escapedchar_pre}); here every search skips escaped characters instead. All operations
 * scan the text once, so parsing stays linear in the size of the input.
 */
final class MarkedText {

    private final String text;
    private final boolean[] escaped;

    private MarkedText(String text, boolean[] escaped) {
        this.text = text;
        this.escaped = escaped;
    }

    /**
     * Resolves {@code \\}, {@code \~ \= \# \{ \} \:} and {@code \n}; a backslash before anything
     * else stays a backslash, as in Moodle.
     */
    static MarkedText decode(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean[] flags = new boolean[raw.length()];
        int length = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            char next = i + 1 < raw.length() ? raw.charAt(i + 1) : 0;
            if (c == '\\' && (next == '\\' || (next != 0 && GiftSyntax.SPECIAL.indexOf(next) >= 0))) {
                out.append(next);
                flags[length++] = true;
                i++;
            } else if (c == '\\' && next == 'n') {
                out.append('\n');
                flags[length++] = true;
                i++;
            } else {
                out.append(c);
                length++;
            }
        }
        boolean[] trimmedFlags = new boolean[length];
        System.arraycopy(flags, 0, trimmedFlags, 0, length);
        return new MarkedText(out.toString(), trimmedFlags);
    }

    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    /** True if the character at {@code index} is {@code c} written as syntax, not escaped. */
    boolean isSyntax(int index, char c) {
        return index >= 0 && index < text.length() && text.charAt(index) == c && !escaped[index];
    }

    /** The first unescaped {@code c} at or after {@code from}, or -1. */
    int indexOf(char c, int from) {
        for (int i = Math.max(from, 0); i < text.length(); i++) {
            if (isSyntax(i, c)) {
                return i;
            }
        }
        return -1;
    }

    /** The first occurrence of {@code token} made of unescaped characters, at or after {@code from}, or -1. */
    int indexOf(String token, int from) {
        for (int i = Math.max(from, 0); i + token.length() <= text.length(); i++) {
            if (isToken(i, token)) {
                return i;
            }
        }
        return -1;
    }

    /** The last occurrence of {@code token} made of unescaped characters, or -1. */
    int lastIndexOf(String token) {
        for (int i = text.length() - token.length(); i >= 0; i--) {
            if (isToken(i, token)) {
                return i;
            }
        }
        return -1;
    }

    private boolean isToken(int at, String token) {
        for (int k = 0; k < token.length(); k++) {
            if (!isSyntax(at + k, token.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    MarkedText slice(int start, int end) {
        boolean[] part = new boolean[end - start];
        System.arraycopy(escaped, start, part, 0, end - start);
        return new MarkedText(text.substring(start, end), part);
    }

    MarkedText from(int start) {
        return slice(start, text.length());
    }

    /** Without leading and trailing whitespace (PHP's {@code trim} set). */
    MarkedText trim() {
        int start = 0;
        int end = text.length();
        while (start < end && GiftSyntax.isTrimmed(text.charAt(start))) {
            start++;
        }
        while (end > start && GiftSyntax.isTrimmed(text.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == text.length() ? this : slice(start, end);
    }

    /** The parts between unescaped {@code separator}s; the first part is what precedes the first one. */
    List<MarkedText> split(char separator) {
        List<MarkedText> parts = new ArrayList<>();
        int start = 0;
        for (int at = indexOf(separator, 0); at >= 0; at = indexOf(separator, at + 1)) {
            parts.add(slice(start, at));
            start = at + 1;
        }
        parts.add(from(start));
        return parts;
    }

    /**
     * Multiple-choice answers: a new answer starts after each unescaped {@code ~} and at each
     * unescaped {@code =} (which stays at its start), as Moodle's {@code str_replace("=", "~=")}
     * followed by {@code explode("~")}. The first part is what precedes the first answer.
     */
    List<MarkedText> splitChoices() {
        List<MarkedText> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isSyntax(i, '~')) {
                parts.add(slice(start, i));
                start = i + 1;
            } else if (isSyntax(i, '=')) {
                parts.add(slice(start, i));
                start = i;
            }
        }
        parts.add(from(start));
        return parts;
    }

    /** Split at the first unescaped {@code separator}: the text before it and, if there is one, after it. */
    List<MarkedText> splitFirst(char separator) {
        int at = indexOf(separator, 0);
        return at < 0 ? List.of(this) : List.of(slice(0, at), from(at + 1));
    }
}
