package org.sourcebook.content.item;

/** Who made an item: drafted items must cite their source, written ones may. */
public enum ItemOrigin {
    /** Drafted by the engine from a document. */
    DRAFTED,
    /** Written (or imported) by a teacher. */
    WRITTEN
}
