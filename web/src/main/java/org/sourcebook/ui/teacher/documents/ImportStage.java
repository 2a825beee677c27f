package org.sourcebook.ui.teacher.documents;

/** The steps of a background import, in order; the reader shows them as a progress bar and a label. */
enum ImportStage {
    READING,
    EXTRACTING,
    STORING,
    DRAFTING,
    DONE;

    /** How far along the import is, from 0 to 1. */
    double progress() {
        return ordinal() / (double) DONE.ordinal();
    }
}
