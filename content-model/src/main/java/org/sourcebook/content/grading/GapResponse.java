package org.sourcebook.content.grading;

import java.util.List;

/** Answers for the gaps of a cloze, in gap order: {@code answers.get(0)} fills gap 1; missing ones count as blank. */
public record GapResponse(List<String> answers) implements Response {

    public GapResponse {
        answers = List.copyOf(answers);
    }

    public static GapResponse of(String... answers) {
        return new GapResponse(List.of(answers));
    }

    @Override
    public String shape() {
        return "gap answers";
    }
}
