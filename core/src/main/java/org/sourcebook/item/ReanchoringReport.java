package org.sourcebook.item;

/**
 * What a re-import did to the items citing the document.
 *
 * @param moved items whose quotes all stand in the new version, now citing it there
 * @param newlyFlagged items flagged for review by this re-import: a quote they cite changed,
 *     vanished or became ambiguous
 * @param stillFlagged items that were waiting for review already and still cannot be moved; they
 *     stay as they are and are not counted as new
 * @param leftAsTheyWere items whose quotes are gone but that are not flagged: rejected items
 *     (a rejection stands) and items the teacher chose to keep on the version they cite
 */
public record ReanchoringReport(int moved, int newlyFlagged, int stillFlagged, int leftAsTheyWere) {

    public static final ReanchoringReport NONE = new ReanchoringReport(0, 0, 0, 0);

    /** Every item that waits for review after the re-import. */
    public int needingReview() {
        return newlyFlagged + stillFlagged;
    }
}
