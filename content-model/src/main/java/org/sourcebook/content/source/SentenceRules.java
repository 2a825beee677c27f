package org.sourcebook.content.source;

import java.util.Set;

/**
 * The word lists one language needs to tell a full stop that ends a sentence from one that does
 * not. The algorithm that uses them ({@link RuleBasedSegmenter}) is the same for every language
 * written with Latin punctuation; a language brings only these lists. Words are compared exactly
 * (case matters) and without their final full stop: {@code "Mr"}, {@code "e.g"}.
 *
 * @param abbreviations words whose full stop never ends a sentence: titles before a name
 *     ("Dr. Smith") and Latin abbreviations used mid-sentence ("e.g. this")
 * @param abbreviationsBeforeNumbers words whose full stop does not end a sentence when a number
 *     follows: months ("Feb. 26", "26 Feb. 1992"), "No. 5", "p. 12"; before a word they may end one
 * @param sentenceStarters frequent first words of a sentence; after an initial ("J. R. R.
 *     Tolkien") or a dotted abbreviation ("U.S.", "U.N.") only one of these starts a new sentence
 */
public record SentenceRules(
        Set<String> abbreviations, Set<String> abbreviationsBeforeNumbers, Set<String> sentenceStarters) {

    public SentenceRules {
        abbreviations = Set.copyOf(abbreviations);
        abbreviationsBeforeNumbers = Set.copyOf(abbreviationsBeforeNumbers);
        sentenceStarters = Set.copyOf(sentenceStarters);
    }
}
