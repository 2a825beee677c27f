package org.sourcebook.content.item;

/** Where an item stands in the teacher's review; only accepted items reach students. */
public enum ItemStatus {
    /** Not yet reviewed. */
    DRAFT,
    /** Reviewed and approved by a teacher. */
    ACCEPTED,
    /** Reviewed and turned down; kept so the drafting engine does not offer it again. */
    REJECTED,
    /** Was accepted, but something it depends on changed (e.g. its cited text); a teacher must look again. */
    NEEDS_REVIEW
}
