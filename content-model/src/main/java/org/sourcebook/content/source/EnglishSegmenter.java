package org.sourcebook.content.source;

import java.util.List;
import java.util.Set;

/**
 * Paragraphs and sentences of English text. All English knowledge is in {@link #RULES}; the
 * algorithm is {@link RuleBasedSegmenter}'s, so another language needs only its own rules.
 */
public final class EnglishSegmenter implements TextSegmenter {

    /** English abbreviations, month and number abbreviations, and frequent sentence starters. */
    public static final SentenceRules RULES = new SentenceRules(
            Set.of("Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "St", "Mt", "Ft", "Rev", "Hon", "Gen", "Col", "Maj",
                    "Capt", "Lt", "Sgt", "Adm", "Gov", "Sen", "Rep", "Pres", "vs", "cf", "e.g", "i.e", "viz"),
            Set.of("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
                    "No", "Nos", "p", "pp", "vol", "Vol", "ch", "Ch", "fig", "Fig", "art", "Art",
                    "para", "sec", "Sec", "c", "ca", "approx"),
            Set.of("The", "An", "In", "On", "At", "By", "For", "From", "To", "With", "It", "Its", "He", "She", "We",
                    "They", "You", "His", "Her", "Their", "Our", "My", "This", "That", "These", "Those", "There",
                    "Then", "But", "And", "Or", "So", "Yet", "However", "As", "If", "When", "While", "After",
                    "Before", "Since", "Although", "Some", "Many", "Most", "All", "Another", "Such", "What",
                    "Why", "How", "Who", "Where", "Today", "Now"));

    private final RuleBasedSegmenter segmenter = new RuleBasedSegmenter(RULES);

    @Override
    public List<TextRange> paragraphs(String text) {
        return segmenter.paragraphs(text);
    }

    @Override
    public List<TextRange> sentences(String text, List<TextRange> paragraphs) {
        return segmenter.sentences(text, paragraphs);
    }
}
