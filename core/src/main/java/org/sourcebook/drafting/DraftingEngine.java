package org.sourcebook.drafting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.sourcebook.drafting.english.EnglishLanguage;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.source.DocumentVersion;

/**
 * Drafts fact cards, questions and a lesson from one document version. Plain Java, no network,
 * no models; the same input always gives the same output, ids included. Work grows linearly
 * with the length of the document: each sentence is read and drafted on its own, and only the
 * selected candidates are built.
 */
public final class DraftingEngine {

    private final DraftingLanguage language;

    public DraftingEngine(DraftingLanguage language) {
        this.language = Objects.requireNonNull(language, "the engine needs language rules");
    }

    public static DraftingEngine english() {
        return new DraftingEngine(new EnglishLanguage());
    }

    public Draft draft(DocumentVersion version, DraftOptions options) {
        DocumentAnalysis analysis = language.analyse(version);
        var ids = new DraftIds(version);
        var distractors = new Distractors(analysis, language);
        var sentences = new SentenceDrafter(version, language, distractors, ids);
        var sets = new SetDrafter(version, language.phrasing(), ids);
        List<SetDrafter.DatedEvent> events = SetDrafter.datedEvents(analysis);
        List<Candidate> candidates = new ArrayList<>();
        AnalysedSentence previous = null;
        Set<String> seenSentences = new HashSet<>();
        for (AnalysedSentence sentence : analysis.sentences()) {
            if (seenSentences.add(sentence.text().strip().toLowerCase(Locale.ROOT))) {
                candidates.addAll(sentences.draft(sentence, previous));
            }
            previous = sentence;
        }
        candidates.addAll(sets.orderings(events));
        candidates.addAll(sets.figureMatchings(analysis));
        candidates.addAll(sets.termMatchings(analysis));
        List<Item> items = Selection.select(candidates, options).stream().map(candidate -> candidate.build().get()).toList();
        return new Draft(version, items, new LessonDrafter(analysis, language.phrasing(), ids).draft(items, events, options));
    }
}
