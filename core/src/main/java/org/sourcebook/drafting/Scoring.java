package org.sourcebook.drafting;

import org.sourcebook.content.item.ItemKind;

/**
 * The quality score of a candidate: how likely a strict teacher is to use the item as drafted.
 * Set from the judged set (core test resources {@code drafting/judged/}): what an item asks about
 * matters most (a defined term or a dated event is worth asking, a bare name much less), then how
 * central its sentence is, then what makes it harder to read or easier to guess.
 */
final class Scoring {

    /**
     * What the score is computed from.
     *
     * @param centrality how central the sentence is to the document, 0 to 1
     * @param promptWords the length of the prompt in words
     * @param leansOnContext true when the prompt carries the sentence before to make sense
     * @param madeUpDistractors true when some wrong options were made up rather than taken from the text
     * @param claim true when the sentence accuses or passes a verdict in a source with a point of view
     */
    record Signals(ItemKind kind, Target target, double centrality, int promptWords, boolean leansOnContext,
            boolean madeUpDistractors, boolean claim) {}

    private Scoring() {}

    static double score(Signals signals) {
        double score = base(signals.target()) + kindAdjustment(signals.kind(), signals.target());
        score += 0.3 * (signals.centrality() - 0.5);
        score -= 0.006 * Math.max(0, signals.promptWords() - 25);
        score -= signals.leansOnContext() ? 0.06 : 0;
        score -= signals.madeUpDistractors() ? 0.04 : 0;
        score -= signals.claim() && signals.target() != Target.CLAIM && signals.target() != Target.SOURCE_ANALYSIS ? 0.06 : 0;
        return round(Math.max(0.05, Math.min(0.95, score)));
    }

    /**
     * What an item asks about, by how often teachers used such items as drafted in the judged set
     * (901 verdicts): questions on the document as a source (62 % GOOD), definitions and dated
     * events most; figures, orderings, people, places, organisations and true/false statements
     * least (2–21 % GOOD: trivia, guessable, wrong-type options or a copy of a sentence). Round 8
     * (twelve unseen texts) lowered terms, people and places: a gap for a term, a person or a place
     * was used as drafted 3 times in 30, its wrong answers seldom of the answer's kind.
     */
    private static double base(Target target) {
        return switch (target) {
            case DEFINITION, SOURCE_ANALYSIS -> 0.8;
            case CLAIM -> 0.78;
            case TERM_MATCH -> 0.72;
            case ROLE -> 0.7;
            case REASON -> 0.68;
            case EVENT -> 0.64;
            case YEAR, COUNT, DATE -> 0.62;
            case EVENT_ORDER, FIGURE_MATCH -> 0.5;
            case FIGURE -> 0.38;
            case TERM -> 0.5;
            case PERSON -> 0.4;
            case ORGANISATION, STATEMENT_CHANGED -> 0.4;
            case PLACE -> 0.34;
            case KEYWORD, STATEMENT_AS_GIVEN -> 0.35;
        };
    }

    /**
     * Choice questions were used as drafted most often, typed gaps (cloze) least: a typed answer
     * must match the text, and a gap shows less of what is asked; a card on a date or a figure
     * was seldom worth a place in a deck.
     */
    private static double kindAdjustment(ItemKind kind, Target target) {
        return switch (kind) {
            case SINGLE_CHOICE -> 0.04;
            case CLOZE -> -0.08;
            case NUMERIC -> -0.04;
            case FACT_CARD -> target == Target.DEFINITION || target == Target.ROLE || target == Target.REASON
                    || target == Target.EVENT ? 0 : -0.08;
            default -> 0;
        };
    }

    static double round(double score) {
        return Math.round(score * 100) / 100.0;
    }
}
