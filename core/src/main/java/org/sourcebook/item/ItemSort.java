package org.sourcebook.item;

/** The orders the question bank can list items in; ties fall back to the item id, so pages never overlap. */
public enum ItemSort {
    /** Highest quality score first, then most recently changed. */
    QUALITY,
    /** Most recently changed first. */
    LAST_CHANGED
}
