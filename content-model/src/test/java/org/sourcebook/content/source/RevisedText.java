package org.sourcebook.content.source;

import java.util.List;

/**
 * A short source text and its revision, for re-import tests in every module: in {@link #V2} the
 * number of wounded changed from 620 to 780 and the sentence about the inhabitants was removed;
 * most of the text stays, as in a real revision.
 */
public final class RevisedText {

    public static final List<String> SENTENCES = List.of(
            "Khojaly was attacked on 26 February 1992.",
            "Another 620 people were wounded and 1,275 taken captive.",
            "The town had 7,000 inhabitants before the war.",
            "Its airport was the only one in the region.",
            "Survivors fled through the forest towards Aghdam.",
            "Many of them froze in the snow on the way.",
            "The memory of the victims is an urgent reminder of the need for justice.");
    public static final String V1 = String.join(" ", SENTENCES);
    public static final String V2 = V1.replace("620", "780").replace(SENTENCES.get(2) + " ", "");
    /** A text that shares nothing with {@link #V1}. */
    public static final String UNRELATED = "The water cycle moves water between the sea, the air and the land. "
            + "Rain falls and rivers run back to the sea.";

    private RevisedText() {}
}
