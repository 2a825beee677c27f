package org.sourcebook.content.grading;

import java.util.Objects;

/**
 * Whether one part of an answer was right, for review: per option of a choice question (chosen
 * exactly when it is correct), per gap of a cloze, per pair of a matching, per entry of an
 * ordering (part of the longest run in correct relative order), or the whole answer of a short
 * answer or numeric question.
 *
 * @param part the option, pair or entry id; the gap number from 1; or {@value #WHOLE_ANSWER}
 */
public record PartResult(String part, boolean correct) {

    public static final String WHOLE_ANSWER = "answer";

    public PartResult {
        Objects.requireNonNull(part, "a part result needs a part");
    }
}
