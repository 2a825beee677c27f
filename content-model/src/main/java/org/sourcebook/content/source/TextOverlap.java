package org.sourcebook.content.source;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How much of one version's text still stands in another: the share of its sentences, weighted
 * by their length, that the other holds as a sentence too, white space aside. A revised document
 * keeps most of its sentences; a different file put in its place keeps almost none.
 */
public final class TextOverlap {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private TextOverlap() {}

    /** The share in [0, 1] of {@code old}'s sentences (by characters) that {@code next} holds; 1 for a text without sentences that {@code next} equals. */
    public static double keptShare(DocumentVersion old, DocumentVersion next) {
        List<String> oldSentences = sentences(old);
        if (oldSentences.isEmpty()) {
            return collapse(old.text()).equals(collapse(next.text())) ? 1 : 0;
        }
        Set<String> kept = new HashSet<>(sentences(next));
        long all = 0;
        long found = 0;
        for (String sentence : oldSentences) {
            all += sentence.length();
            if (kept.contains(sentence)) {
                found += sentence.length();
            }
        }
        return all == 0 ? 1 : (double) found / all;
    }

    private static List<String> sentences(DocumentVersion version) {
        return version.sentences().stream().map(range -> collapse(version.quote(range))).filter(s -> !s.isEmpty()).toList();
    }

    private static String collapse(String text) {
        return WHITE_SPACE.matcher(text).replaceAll(" ").strip();
    }
}
