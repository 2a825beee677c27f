package org.sourcebook.content.grading;

/**
 * Counts typing slips between two texts: a character inserted, deleted or replaced, or two
 * neighbours swapped, each one edit (the optimal-string-alignment form of the Damerau-Levenshtein
 * distance). Works on code points, so a letter outside the basic plane is one character.
 */
final class EditDistance {

    private EditDistance() {}

    /** True if {@code a} becomes {@code b} in at most {@code limit} edits. */
    static boolean isWithin(String a, String b, int limit) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        if (Math.abs(x.length - y.length) > limit) {
            return false;
        }
        int[] beforePrevious = new int[y.length + 1];
        int[] previous = new int[y.length + 1];
        int[] current = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            current[0] = i;
            int rowMinimum = i;
            for (int j = 1; j <= y.length; j++) {
                int replace = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
                int best = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
                if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
                    best = Math.min(best, beforePrevious[j - 2] + 1);
                }
                current[j] = best;
                rowMinimum = Math.min(rowMinimum, best);
            }
            if (rowMinimum > limit) {
                return false;
            }
            int[] recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }
        return previous[y.length] <= limit;
    }
}
