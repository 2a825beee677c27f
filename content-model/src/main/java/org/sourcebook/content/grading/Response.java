package org.sourcebook.content.grading;

/**
 * What a learner answered, in one of the shapes questions accept: chosen options (choice and
 * true/false), a text (short answer, or a typed number), a number, gap answers (cloze), matches
 * (matching) or an order (ordering). Saved as given, so an attempt can be re-graded later.
 */
public sealed interface Response
        permits ChoiceResponse, TextResponse, NumberResponse, GapResponse, MatchingResponse, OrderResponse {

    /** What shape of answer this is, in English, e.g. "chosen options"; used in grading reasons. */
    String shape();
}
