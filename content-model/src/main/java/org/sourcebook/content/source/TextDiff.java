package org.sourcebook.content.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-by-word comparison of two short texts, such as a cited sentence and the sentence that
 * stands in its place in a new version of the document. Words (a number with its thousands
 * separators or decimals counts as one word), single punctuation marks and runs of white space
 * are compared as whole tokens, along their longest common subsequence, so "620 civilians" against
 * "780 civilians" reads as "620" replaced by "780".
 *
 * @param parts the texts in order: what both share, what only the first has, what only the second
 *     has; concatenating the shared and removed parts gives the first text, the shared and added
 *     parts the second
 */
public record TextDiff(List<Part> parts) {

    /** Beyond this many token pairs the texts are compared as wholes: one replaced by the other. */
    static final long MAX_CELLS = 4_000_000;

    private static final Pattern TOKEN = Pattern.compile("\\p{N}+(?:[.,]\\p{N}+)*|[\\p{L}\\p{M}\\p{N}]+|\\s+|.",
            Pattern.DOTALL);

    /** Whether a part stands in both texts, only in the first or only in the second. */
    public enum Change {
        SAME,
        REMOVED,
        ADDED
    }

    /** One run of text and where it stands. */
    public record Part(Change change, String text) {}

    /** What one changed place held before and holds after, without surrounding white space. */
    public record Replacement(String before, String after) {}

    public TextDiff {
        parts = List.copyOf(parts);
    }

    /** The diff of {@code before} against {@code after}. */
    public static TextDiff of(String before, String after) {
        List<String> left = tokens(before);
        List<String> right = tokens(after);
        if ((long) left.size() * right.size() > MAX_CELLS) {
            return new TextDiff(merge(List.of(new Part(Change.REMOVED, before), new Part(Change.ADDED, after))));
        }
        return new TextDiff(merge(align(left, right)));
    }

    /** The first text. */
    public String before() {
        return join(Change.ADDED);
    }

    /** The second text. */
    public String after() {
        return join(Change.REMOVED);
    }

    /** True when the two texts are the same. */
    public boolean isUnchanged() {
        return parts.stream().allMatch(part -> part.change() == Change.SAME);
    }

    /**
     * Each changed place that held something and still holds something, in order: "620" → "780".
     * Places where text was only removed or only added are left out.
     */
    public List<Replacement> replacements() {
        List<Replacement> found = new ArrayList<>();
        for (Region region : regions()) {
            String removed = region.removed.strip();
            String added = region.added.strip();
            if (region.changed && !removed.isEmpty() && !added.isEmpty()) {
                found.add(new Replacement(removed, added));
            }
        }
        return found;
    }

    /**
     * Where a passage of the first text that starts at {@code beforeStart} and ends at
     * {@code beforeEnd} stands in the second: unchanged text moves along, and a bound inside a
     * changed place widens to the whole of what replaced it.
     */
    public TextRange map(int beforeStart, int beforeEnd) {
        if (beforeStart < 0 || beforeEnd < beforeStart || beforeEnd > before().length()) {
            throw new IllegalArgumentException("[" + beforeStart + ", " + beforeEnd + ") lies outside the first text");
        }
        int start = after().length();
        int end = 0;
        for (Region region : regions()) {
            if (region.beforeStart <= beforeStart && beforeStart < region.beforeEnd()) {
                start = region.changed ? region.afterStart : region.afterStart + beforeStart - region.beforeStart;
            }
            if (region.beforeStart < beforeEnd && beforeEnd <= region.beforeEnd()) {
                end = region.changed ? region.afterEnd() : region.afterStart + beforeEnd - region.beforeStart;
            }
        }
        return new TextRange(Math.min(start, end), Math.max(start, end));
    }

    /** Words, numbers, single marks and runs of white space, in order; together they are the text. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /** The word tokens of {@code text}, lower-cased: what two passages are compared by for likeness. */
    static List<String> words(String text) {
        return tokens(text).stream()
                .filter(token -> Character.isLetterOrDigit(token.codePointAt(0)))
                .map(token -> token.toLowerCase(Locale.ROOT))
                .toList();
    }

    private static List<Part> align(List<String> left, List<String> right) {
        int[][] common = new int[left.size() + 1][right.size() + 1];
        for (int i = left.size() - 1; i >= 0; i--) {
            for (int j = right.size() - 1; j >= 0; j--) {
                common[i][j] = left.get(i).equals(right.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Part> parts = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < left.size() || j < right.size()) {
            if (i < left.size() && j < right.size() && left.get(i).equals(right.get(j))) {
                parts.add(new Part(Change.SAME, left.get(i++)));
                j++;
            } else if (j == right.size() || i < left.size() && common[i + 1][j] >= common[i][j + 1]) {
                parts.add(new Part(Change.REMOVED, left.get(i++)));
            } else {
                parts.add(new Part(Change.ADDED, right.get(j++)));
            }
        }
        return parts;
    }

    /**
     * Joins neighbouring parts of one kind and puts each changed place's removed text before its
     * added text; white space standing alone between two changes counts as changed too, so
     * "was killed" replaced by "were murdered" is one place, not two.
     */
    private static List<Part> merge(List<Part> parts) {
        List<Part> result = new ArrayList<>();
        int index = 0;
        while (index < parts.size()) {
            if (parts.get(index).change() == Change.SAME && !isLoneSpaceBetweenChanges(parts, index)) {
                StringBuilder same = new StringBuilder();
                while (index < parts.size() && parts.get(index).change() == Change.SAME
                        && !isLoneSpaceBetweenChanges(parts, index)) {
                    same.append(parts.get(index++).text());
                }
                result.add(new Part(Change.SAME, same.toString()));
            } else {
                StringBuilder removed = new StringBuilder();
                StringBuilder added = new StringBuilder();
                while (index < parts.size() && (parts.get(index).change() != Change.SAME
                        || isLoneSpaceBetweenChanges(parts, index))) {
                    Part part = parts.get(index++);
                    if (part.change() != Change.ADDED) {
                        removed.append(part.text());
                    }
                    if (part.change() != Change.REMOVED) {
                        added.append(part.text());
                    }
                }
                addIfNotEmpty(result, Change.REMOVED, removed);
                addIfNotEmpty(result, Change.ADDED, added);
            }
        }
        return result;
    }

    private static boolean isLoneSpaceBetweenChanges(List<Part> parts, int index) {
        return parts.get(index).text().isBlank() && index > 0 && index + 1 < parts.size()
                && parts.get(index - 1).change() != Change.SAME && parts.get(index + 1).change() != Change.SAME;
    }

    private static void addIfNotEmpty(List<Part> parts, Change change, CharSequence text) {
        if (!text.isEmpty()) {
            parts.add(new Part(change, text.toString()));
        }
    }

    private String join(Change leftOut) {
        StringBuilder text = new StringBuilder();
        parts.stream().filter(part -> part.change() != leftOut).forEach(part -> text.append(part.text()));
        return text.toString();
    }

    /** A run the texts share, or one changed place; offsets into each text. */
    private static final class Region {
        final boolean changed;
        final int beforeStart;
        final int afterStart;
        String removed = "";
        String added = "";

        Region(boolean changed, int beforeStart, int afterStart) {
            this.changed = changed;
            this.beforeStart = beforeStart;
            this.afterStart = afterStart;
        }

        int beforeEnd() {
            return beforeStart + removed.length();
        }

        int afterEnd() {
            return afterStart + added.length();
        }
    }

    private List<Region> regions() {
        List<Region> regions = new ArrayList<>();
        int before = 0;
        int after = 0;
        Region current = null;
        for (Part part : parts) {
            boolean changed = part.change() != Change.SAME;
            if (current == null || current.changed != changed || !changed) {
                current = new Region(changed, before, after);
                regions.add(current);
            }
            if (part.change() != Change.ADDED) {
                current.removed += part.text();
                before += part.text().length();
            }
            if (part.change() != Change.REMOVED) {
                current.added += part.text();
                after += part.text().length();
            }
        }
        return regions;
    }
}
