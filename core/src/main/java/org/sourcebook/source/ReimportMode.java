package org.sourcebook.source;

/** Whether a re-import checks first that the new file is a version of the same document. */
public enum ReimportMode {
    /** Refuse, storing nothing, when little of the current text stands in the new one ({@link LittleTextKeptException}). */
    CHECKED,
    /** The teacher has seen that warning and wants the file stored as the next version anyway. */
    EVEN_IF_LITTLE_IS_KEPT
}
