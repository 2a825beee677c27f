package org.sourcebook.drafting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Predicate;
import org.sourcebook.content.item.ItemKind;

/**
 * Chooses which candidates become drafts, best first within a budget: one item per sentence (two
 * items on one sentence read as a copy of each other), at most two per answer, kinds within their share, paragraphs taken in turn (each
 * item already taken from a paragraph lowers the others there a little), and true/false answers
 * kept balanced. Greedy with lazy re-scoring, so it stays linear-logarithmic in the candidates.
 */
final class Selection {

    static final Comparator<Candidate> BEST_FIRST = Comparator.comparingDouble(Candidate::score).reversed()
            .thenComparingInt(Candidate::sentence)
            .thenComparing(Candidate::kind)
            .thenComparing(Candidate::key);

    /** Fewer drafts than this make no quiz: then candidates a little below the quality floor may fill up to it. */
    static final int FEW = 6;
    private static final double FEW_FLOOR_DROP = 0.10;
    static final int PER_SENTENCE = 1;
    static final int PER_ANSWER = 2;
    private static final double PARAGRAPH_PENALTY = 0.03;
    private static final double SENTENCE_PENALTY = 0.05;
    private static final double KIND_BONUS = 0.04;
    /** Dates are easy to draft and quickly become trivia: past this share of the drafts, a date counts for less. */
    private static final double DATE_SHARE = 0.25;
    private static final double DATE_PENALTY = 0.12;

    private final int budget;
    private final int perKind;
    /** False when there is no density budget: then every distinct fact the rules find is kept, however many a sentence has. */
    private final boolean spread;
    private final Map<ItemKind, Integer> kinds = new EnumMap<>(ItemKind.class);
    private final Map<Integer, Integer> sentences = new HashMap<>();
    private final Map<Integer, Integer> paragraphs = new HashMap<>();
    private final Map<String, Integer> answers = new HashMap<>();
    private final Set<String> facts = new HashSet<>();
    /** Sentences that already have a card that explains. */
    private final Set<Integer> cardSentences = new HashSet<>();
    private int trueStatements;
    private int dates;
    private int falseStatements;

    private Selection(int budget, int perKind, boolean spread) {
        this.budget = budget;
        this.perKind = perKind;
        this.spread = spread;
    }

    /**
     * The chosen candidates, best first; a candidate {@code passes} rejects is skipped before it takes its fact's place, so a
     * weaker item on the same fact (a gap where the choice's options failed) can still be chosen.
     */
    static List<Candidate> select(List<Candidate> candidates, DraftOptions options, int words, Predicate<Candidate> passes) {
        Selection selection = new Selection(options.budget(words), options.maxItemsPerKind(), options.itemsPer100Words() > 0);
        List<Candidate> chosen = selection.run(candidates, passes, options.minQuality(), selection.budget);
        if (selection.spread && chosen.size() < FEW) {
            // A text the rules read poorly would leave the teacher two or three drafts: the best of the rest fill a short quiz.
            Set<Candidate> taken = new HashSet<>(chosen);
            List<Candidate> rest = candidates.stream().filter(candidate -> !taken.contains(candidate)).toList();
            chosen.addAll(selection.run(rest, passes, options.minQuality() - FEW_FLOOR_DROP, FEW - chosen.size()));
            chosen.sort(BEST_FIRST);
        }
        return chosen;
    }

    private record Entry(Candidate candidate, double effective) {}

    private List<Candidate> run(List<Candidate> candidates, Predicate<Candidate> passes, double minQuality, int limit) {
        PriorityQueue<Entry> queue = new PriorityQueue<>(Comparator.comparingDouble(Entry::effective).reversed()
                .thenComparing(Entry::candidate, BEST_FIRST));
        candidates.stream().filter(candidate -> candidate.score() >= minQuality)
                .forEach(candidate -> queue.add(new Entry(candidate, effective(candidate))));
        List<Candidate> chosen = new ArrayList<>();
        while (chosen.size() < limit && !queue.isEmpty()) {
            Entry top = queue.poll();
            Candidate candidate = top.candidate();
            if (!allowed(candidate)) {
                continue;
            }
            double effective = effective(candidate);
            if (effective < minQuality) {
                continue;
            }
            if (!queue.isEmpty() && effective < queue.peek().effective()) {
                queue.add(new Entry(candidate, effective));
                continue;
            }
            Candidate taken = balanced(candidate);
            if (!passes.test(taken)) {
                continue;
            }
            take(taken);
            chosen.add(taken);
        }
        chosen.sort(BEST_FIRST);
        return chosen;
    }

    private boolean allowed(Candidate candidate) {
        int ofKind = kinds.getOrDefault(candidate.kind(), 0);
        if (!spread) {
            return !facts.contains(candidate.duplicateKey()) && ofKind < perKind;
        }
        return !facts.contains(candidate.duplicateKey())
                && ofKind < Math.min(perKind, kindShare(candidate.kind()))
                && (candidate.sentence() < 0 || sentences.getOrDefault(candidate.sentence(), 0) < PER_SENTENCE
                        || explains(candidate) && !cardSentences.contains(candidate.sentence()))
                && (candidate.sentence() < 0 || candidate.answer().equals("statement")
                        || answers.getOrDefault(answerKey(candidate), 0) < perAnswer(candidate.target()));
    }

    /** An answer in the singular: "plasmids" asked in a gap and "plasmid" defined on a card are one answer. */
    private static String answerKey(Candidate candidate) {
        return Distractors.singular(candidate.answer());
    }

    /** A name, a term or a date asked twice teaches one fact twice (judges marked the second a near-duplicate); a figure may also stand on a card. */
    private static int perAnswer(Target target) {
        return switch (target) {
            case PERSON, PLACE, ORGANISATION, KEYWORD, TERM, DEFINITION, DATE, YEAR -> 1;
            default -> PER_ANSWER;
        };
    }

    /** The most items of one kind, so that the drafts mix kinds the way a teacher's set would. */
    private int kindShare(ItemKind kind) {
        double share = switch (kind) {
            case SINGLE_CHOICE -> 0.4;
            case FACT_CARD -> 0.35;
            case CLOZE -> 0.25;
            case TRUE_FALSE -> 0.2;
            case NUMERIC -> 0.15;
            case ORDERING, MATCHING, MULTIPLE_RESPONSE, SHORT_ANSWER -> 0.1;
        };
        return Math.max(2, (int) Math.ceil(budget * share));
    }

    private double effective(Candidate candidate) {
        int chosen = kinds.values().stream().mapToInt(Integer::intValue).sum();
        boolean kindWanted = kinds.getOrDefault(candidate.kind(), 0) < wantedShare(candidate.kind()) * Math.max(1, chosen);
        boolean temporal = candidate.target() == Target.DATE || candidate.target() == Target.YEAR;
        boolean manyDates = temporal && dates > DATE_SHARE * Math.max(4, chosen);
        return candidate.score() - PARAGRAPH_PENALTY * paragraphs.getOrDefault(candidate.paragraph(), 0)
                - SENTENCE_PENALTY * sentences.getOrDefault(candidate.sentence(), 0) + (kindWanted ? KIND_BONUS : 0)
                - (manyDates ? DATE_PENALTY : 0);
    }

    /**
     * The share of the drafts a kind should have for a lesson to have a deck of cards to review as
     * well as a quiz: a fact goes to a card rather than a question while cards are fewer than this.
     */
    private static double wantedShare(ItemKind kind) {
        return switch (kind) {
            case FACT_CARD -> 0.3;
            case TRUE_FALSE, CLOZE -> 0.12;
            default -> 0;
        };
    }

    /** For a true/false statement, the version (as given, or changed) that keeps the answers balanced. */
    private Candidate balanced(Candidate candidate) {
        Candidate other = candidate.alternative();
        if (other == null) {
            return candidate;
        }
        boolean wantFalse = trueStatements > falseStatements
                || trueStatements == falseStatements && Math.floorMod(candidate.key().hashCode(), 2) == 0;
        boolean isTrue = candidate.target() == Target.STATEMENT_AS_GIVEN;
        return isTrue == wantFalse ? other : candidate;
    }

    /**
     * A card that explains (a term's meaning, a person's role, a reason) asks something no question on the same sentence
     * asks, so it may join one there: a lesson's deck is made of such cards, and without them most lessons had none.
     */
    private static boolean explains(Candidate candidate) {
        return candidate.kind() == ItemKind.FACT_CARD
                && (candidate.target() == Target.DEFINITION || candidate.target() == Target.ROLE || candidate.target() == Target.REASON);
    }

    private void take(Candidate candidate) {
        facts.add(candidate.duplicateKey());
        if (explains(candidate)) {
            cardSentences.add(candidate.sentence());
        }
        kinds.merge(candidate.kind(), 1, Integer::sum);
        if (candidate.sentence() >= 0) {
            sentences.merge(candidate.sentence(), 1, Integer::sum);
            paragraphs.merge(candidate.paragraph(), 1, Integer::sum);
            answers.merge(answerKey(candidate), 1, Integer::sum);
        }
        if (candidate.target() == Target.DATE || candidate.target() == Target.YEAR) {
            dates++;
        }
        if (candidate.target() == Target.STATEMENT_AS_GIVEN) {
            trueStatements++;
        } else if (candidate.target() == Target.STATEMENT_CHANGED) {
            falseStatements++;
        }
    }
}
