package org.sourcebook.drafting;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.source.DocumentVersion;

/**
 * The language-specific half of drafting: reading sentences (what is a name, a date, a number, a
 * definition), reading the document as a source (its kind, its judging words, the sources it
 * names) and phrasing prompts. The engine itself only combines what these give it, so another
 * language needs an implementation of this interface and nothing else.
 */
public interface DraftingLanguage {

    /** Reads every sentence of {@code version}; names are typed with evidence from the whole document. */
    DocumentAnalysis analyse(DocumentVersion version);

    /** Reads the analysed document as a source. */
    SourceReading readSource(DocumentAnalysis analysis);

    /** The wording of items and lessons drafted from a document of {@code kind}. */
    Phrasing phrasing(SourceKind kind);

    /** The ordinal numbers {@code text} names, in figures or words ("25th", "Twenty-Fifth Anniversary" give 25). */
    java.util.Set<Integer> ordinalsIn(String text);

    /** The automatic checks for items worded by this language's phrasing: every drafted item passes them. */
    DraftChecks checks();

    /** True for words that carry no content of their own ("the", "which", "however"). */
    boolean isFunctionWord(String word);

    /**
     * False for a mention not worth a question in its sentence: a small number in "the two sides",
     * a figure that counts "times" or "ways", a word the document uses without meaning much.
     */
    boolean isWorthAsking(Mention mention, AnalysedSentence sentence);

    /** True when {@code sentence} reports what another source says or found ("X called it ...", "documented by X"). */
    boolean reportsOtherSources(String sentence);

    /**
     * True when {@code sentence}, an accusing one, holds {@code name} responsible: the name opens
     * it as its subject, or follows words such as "responsibility of" or "committed by".
     */
    boolean isAccused(Mention name, AnalysedSentence sentence);

    /** {@code term} as a definition card asks about it: "a waggle run", "photosynthesis" (abstract and mass nouns take no article). */
    String withArticle(String term);

    /** True when {@code name} reads as a person's name: no word of a place, a body, an event or an office in it. */
    boolean looksLikePerson(String name);

    /** True when {@code place} names a country rather than a town, a region or a continent. */
    boolean isCountry(String place);

    /**
     * True when {@code sentence} opens a textbook's source box: "Source A: ...", "Historian B (writing in 1979): ...", or the
     * heading "Source A" on a line of its own (then the box is what follows it).
     */
    boolean opensSourceBox(String sentence);

    /**
     * True when a date in {@code sentence} is incidental to its point: the sentence reports a finding, an announcement or a
     * publication ("a survey completed in 2009 found ..."), or a private event of a life ("in 1907 he married ...").
     */
    boolean datesAnIncident(AnalysedSentence sentence);

    /**
     * True when {@code number} counts something too small to be worth remembering: minutes, seconds or hours of one
     * moment ("came back up twenty minutes later").
     */
    boolean countsAMoment(Mention number);

    /** The reason {@code sentence} gives for what it states ("... because ..."), or null when it gives none a card can hold. */
    @Nullable Reason reasonIn(AnalysedSentence sentence);

    /** {@code date} as written with another month ("26 July 1956" → "26 August 1956"), or null when it names no month. */
    @Nullable String withMonth(String date, int month);

    /** True when {@code place} names a continent or a large region ("Europe", "the Middle East"). */
    boolean isRegion(String place);

    /** True when one of the places lies in the other, so neither is a wrong answer for the other ("England", "Britain"). */
    boolean placesOverlap(String place, String other);

    /**
     * True when the sentence introduces {@code word} as a term: it explains it in apposition
     * ("pitchblende, a uranium ore,"), names it ("under one term, evapotranspiration") or it ends a
     * "called" or "as" phrase ("flows over the surface as runoff").
     */
    boolean isIntroducedTerm(Mention word, AnalysedSentence sentence);

    /**
     * The pronoun of {@code sentence} that stands for {@code person}, the person the text is
     * about, when it stands among the sentence's first words ("In 1891 she moved", "which she
     * founded") and no other person is named before it or in {@code previous}; null otherwise.
     */
    @Nullable PersonReference personReference(AnalysedSentence sentence, @Nullable AnalysedSentence previous, @Nullable Mention person);

    /** What a learner may type for {@code mention}: as written first, then other usual spellings ("1275" for "1,275"). */
    List<String> acceptedAnswers(Mention mention);

    /** {@code value} written the way the number {@code like} is written (grouping, percent, multiplier, words). */
    String numberLike(BigDecimal value, Mention like);
}
