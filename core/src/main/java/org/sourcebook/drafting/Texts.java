package org.sourcebook.drafting;

import java.util.regex.Pattern;
import org.sourcebook.content.source.Furniture;

/** Tidying text for learners: one space between words, no reference markers, no space before punctuation. */
final class Texts {

    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern SPACE_BEFORE_MARK = Pattern.compile("\\s+([,.;:!?])");

    private Texts() {}

    /** {@code text} as a learner sees it: reference markers ("[12]") taken out, white space runs (line breaks too) as one space. */
    static String clean(String text) {
        String spaced = WHITE_SPACE.matcher(Furniture.withoutMarkers(text)).replaceAll(" ").strip();
        return SPACE_BEFORE_MARK.matcher(spaced).replaceAll("$1");
    }
}
