package org.sourcebook.item;

/**
 * What a re-import did to the items citing the document: how many now cite the new version, and
 * how many were flagged for review because a quote they cite changed, vanished or became ambiguous.
 */
public record ReanchoringReport(int itemsReanchored, int itemsNeedingReview) {

    public static final ReanchoringReport NONE = new ReanchoringReport(0, 0);
}
