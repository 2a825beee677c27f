package org.sourcebook.drafting;

/**
 * Limits on what the drafting engine returns. A teacher reviews every draft, so the engine
 * returns few: by default at most four per hundred words of content, chosen best first and spread
 * over the text and over kinds.
 *
 * @param maxItems how many items at most, over all kinds, whatever the length of the text
 * @param maxItemsPerKind how many items of one kind at most
 * @param maxQuizQuestions how many questions the drafted lesson's quiz takes at most
 * @param maxDeckCards how many fact cards the drafted lesson's deck takes at most
 * @param itemsPer100Words how many items per hundred words of content at most (0: no such limit)
 * @param minQuality the lowest quality score a draft may have (0: every candidate the rules find)
 */
public record DraftOptions(int maxItems, int maxItemsPerKind, int maxQuizQuestions, int maxDeckCards, double itemsPer100Words,
        double minQuality) {

    /** The default density: a teacher can review the drafts of a 1,000-word text in a few minutes. */
    public static final double ITEMS_PER_100_WORDS = 4;

    /** Below this score a draft is more likely to be rejected than used, so by default it is not drafted. */
    public static final double MIN_QUALITY = 0.55;

    /** 400 items, 120 per kind, 4 per hundred words, quality at least 0.55, a quiz of 10 and a deck of 15. */
    public static final DraftOptions DEFAULTS = new DraftOptions(400, 120, 10, 15);

    public DraftOptions {
        if (maxItems < 0 || maxItemsPerKind < 0 || maxQuizQuestions < 0 || maxDeckCards < 0 || itemsPer100Words < 0 || minQuality < 0) {
            throw new IllegalArgumentException("Drafting limits must not be negative");
        }
    }

    /** Limits with the default density ({@value #ITEMS_PER_100_WORDS} items per hundred words) and quality floor. */
    public DraftOptions(int maxItems, int maxItemsPerKind, int maxQuizQuestions, int maxDeckCards) {
        this(maxItems, maxItemsPerKind, maxQuizQuestions, maxDeckCards, ITEMS_PER_100_WORDS, MIN_QUALITY);
    }

    public DraftOptions withMaxItems(int newMaxItems) {
        return new DraftOptions(newMaxItems, maxItemsPerKind, maxQuizQuestions, maxDeckCards, itemsPer100Words, minQuality);
    }

    public DraftOptions withMaxItemsPerKind(int newMaxItemsPerKind) {
        return new DraftOptions(maxItems, newMaxItemsPerKind, maxQuizQuestions, maxDeckCards, itemsPer100Words, minQuality);
    }

    public DraftOptions withItemsPer100Words(double density) {
        return new DraftOptions(maxItems, maxItemsPerKind, maxQuizQuestions, maxDeckCards, density, minQuality);
    }

    /** These limits with no density budget and no quality floor: everything the rules find, up to {@link #maxItems()}. */
    public DraftOptions everything() {
        return new DraftOptions(maxItems, maxItemsPerKind, maxQuizQuestions, maxDeckCards, 0, 0);
    }

    /**
     * How many items a text of {@code words} words of content gets: its share by density, at
     * least six so a short text still makes a quiz, and never more than {@link #maxItems()}.
     */
    public int budget(int words) {
        if (itemsPer100Words == 0) {
            return maxItems;
        }
        int byDensity = (int) Math.floor(words * itemsPer100Words / 100);
        return Math.min(maxItems, Math.max(6, byDensity));
    }
}
