package org.sourcebook.drafting.english;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a sentence into words, numbers and single punctuation marks, with document offsets. */
final class EnglishTokens {

    private static final Pattern TOKEN = Pattern.compile(
            "(?<number>\\d+(?:[.,]\\d+)*)(?<suffix>st|nd|rd|th|s)?(?![\\p{L}\\d])"
                    + "|(?<word>[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{Nd}'’\\-]*[\\p{L}\\p{M}\\p{Nd}]|[\\p{L}\\p{M}])"
                    + "|(?<other>\\S)");

    /** One token; {@code start} and {@code end} are document offsets. */
    record Token(int start, int end, String text, Type type, String suffix) {

        enum Type { WORD, NUMBER, MARK }

        boolean isWord() {
            return type == Type.WORD;
        }

        boolean isNumber() {
            return type == Type.NUMBER;
        }

        boolean is(String mark) {
            return text.equals(mark);
        }

        boolean isCapitalized() {
            return isWord() && Character.isUpperCase(text.codePointAt(0));
        }

        boolean isLowerCase() {
            return isWord() && Character.isLowerCase(text.codePointAt(0));
        }

        boolean isAcronym() {
            return isWord() && text.length() >= 2 && text.length() <= 6 && text.chars().allMatch(Character::isUpperCase);
        }

        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }

        /** The word without a possessive ending: "Armenia's" gives "Armenia". */
        String bare() {
            return isPossessive() ? text.substring(0, text.length() - 2) : text;
        }

        boolean isPossessive() {
            return isWord() && text.length() > 2 && (text.endsWith("'s") || text.endsWith("’s"));
        }
    }

    private EnglishTokens() {}

    /** The tokens of {@code text}, whose first character stands at {@code offset} in the document. */
    static List<Token> of(String text, int offset) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            if (matcher.group("number") != null) {
                String suffix = matcher.group("suffix") == null ? "" : matcher.group("suffix");
                tokens.add(new Token(offset + matcher.start(), offset + matcher.end(), matcher.group(), Token.Type.NUMBER,
                        suffix));
            } else if (matcher.group("word") != null) {
                tokens.add(new Token(offset + matcher.start(), offset + matcher.end(), matcher.group(), Token.Type.WORD, ""));
            } else {
                tokens.add(new Token(offset + matcher.start(), offset + matcher.end(), matcher.group(), Token.Type.MARK, ""));
            }
        }
        return tokens;
    }

    /** True at the start of a sentence or a quotation, where a capital letter says nothing about names. */
    static boolean isInitial(List<Token> tokens, int index) {
        for (int i = index - 1; i >= 0; i--) {
            Token before = tokens.get(i);
            if (before.type() != Token.Type.MARK) {
                return false;
            }
            if (!before.text().matches("[\"“‘'(\\[]")) {
                return before.text().matches("[:;]");
            }
        }
        return true;
    }
}
