package org.sourcebook.content.item;

import java.util.List;

/** One gap of a cloze: every answer that fills it correctly, the preferred one first. */
public record ClozeGap(List<String> acceptedAnswers) {

    public ClozeGap {
        acceptedAnswers = List.copyOf(acceptedAnswers);
    }

    public static ClozeGap accepting(String... answers) {
        return new ClozeGap(List.of(answers));
    }

    /** The preferred answer, or "" for a gap without answers. */
    public String preferredAnswer() {
        return acceptedAnswers.isEmpty() ? "" : acceptedAnswers.get(0);
    }
}
