package org.sourcebook.content.grading;

import java.util.Objects;

/** Text as the learner typed it; answers short-answer questions and, parsed, numeric ones. */
public record TextResponse(String text) implements Response {

    public TextResponse {
        Objects.requireNonNull(text, "a text response needs a text (use an empty one)");
    }

    @Override
    public String shape() {
        return "a text";
    }
}
