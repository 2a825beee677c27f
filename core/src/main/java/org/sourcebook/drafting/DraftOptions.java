package org.sourcebook.drafting;

/**
 * Limits on what the drafting engine returns. Candidates are ranked by quality score; the best are
 * kept, taking kinds in turn so that no one kind crowds out the others.
 *
 * @param maxItems how many items at most, over all kinds
 * @param maxItemsPerKind how many items of one kind at most
 * @param maxQuizQuestions how many questions the drafted lesson's quiz takes at most
 * @param maxDeckCards how many fact cards the drafted lesson's deck takes at most
 */
public record DraftOptions(int maxItems, int maxItemsPerKind, int maxQuizQuestions, int maxDeckCards) {

    /** 400 items, 120 per kind, a quiz of 10 and a deck of 15. */
    public static final DraftOptions DEFAULTS = new DraftOptions(400, 120, 10, 15);

    public DraftOptions {
        if (maxItems < 0 || maxItemsPerKind < 0 || maxQuizQuestions < 0 || maxDeckCards < 0) {
            throw new IllegalArgumentException("Drafting limits must not be negative");
        }
    }

    public DraftOptions withMaxItems(int newMaxItems) {
        return new DraftOptions(newMaxItems, maxItemsPerKind, maxQuizQuestions, maxDeckCards);
    }

    public DraftOptions withMaxItemsPerKind(int newMaxItemsPerKind) {
        return new DraftOptions(maxItems, newMaxItemsPerKind, maxQuizQuestions, maxDeckCards);
    }
}
