package org.sourcebook.drafting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.drafting.english.EnglishLanguage;

/**
 * Drafts fact cards, questions and a lesson from one document version. Plain Java, no network,
 * no models; the same input always gives the same output, ids included. Each sentence is read and
 * drafted on its own, the document as a source once; candidates are filtered, scored and then
 * selected within a budget that grows with the text, so work grows linearly with its length. An item
 * that fails the language's automatic checks is never drafted.
 */
public final class DraftingEngine {

    /** Fewer questions on the text's content than this make a thin quiz. */
    private static final int THIN_QUIZ = 3;

    private final DraftingLanguage language;

    public DraftingEngine(DraftingLanguage language) {
        this.language = Objects.requireNonNull(language, "the engine needs language rules");
    }

    public static DraftingEngine english() {
        return new DraftingEngine(new EnglishLanguage());
    }

    public Draft draft(DocumentVersion version, DraftOptions options) {
        DocumentAnalysis analysis = language.analyse(version);
        var profile = new DocumentProfile(analysis, language.readSource(analysis), language::isFunctionWord);
        Phrasing phrasing = language.phrasing(profile.reading().kind());
        var ids = new DraftIds(version);
        var distractors = new Distractors(analysis, language);
        var sentences = new SentenceDrafter(language, phrasing, distractors, profile, ids);
        var sets = new SetDrafter(phrasing, profile, ids);
        var sourceAnalysis = new SourceAnalysisDrafter(profile, phrasing, language, ids);
        List<SetDrafter.DatedEvent> events = SetDrafter.datedEvents(profile, language);
        List<Candidate> candidates = new ArrayList<>(sourceAnalysis.candidates());
        AnalysedSentence previous = null;
        Set<String> seenSentences = new HashSet<>();
        for (AnalysedSentence sentence : analysis.sentences()) {
            if (seenSentences.add(sentence.text().strip().toLowerCase(Locale.ROOT))) {
                candidates.addAll(sentences.draft(sentence, previous));
            }
            previous = sentence;
        }
        candidates.addAll(sets.orderings(events));
        candidates.addAll(sets.eventCards(events));
        candidates.addAll(sets.figureMatchings(analysis));
        candidates.addAll(sets.termMatchings(analysis));
        DraftChecks checks = language.checks();
        Map<Candidate, Item> built = new IdentityHashMap<>();
        Function<Candidate, Item> build = candidate -> built.computeIfAbsent(candidate, chosen -> chosen.build().get());
        List<Item> items = new ArrayList<>(Selection.select(candidates, options, profile.words(),
                candidate -> checks.failures(build.apply(candidate), version).isEmpty()).stream().map(build).toList());
        long questions = items.stream().filter(item -> item.kind().isGraded() && !LessonDrafter.isSourceAnalysis(item)).count();
        if (questions < THIN_QUIZ) {
            // A quiz of one or two questions tests little; a text that defines its terms can be asked for them.
            sets.termQuestions(analysis, items, (int) (THIN_QUIZ - questions)).stream()
                    .filter(item -> checks.failures(item, version).isEmpty()).forEach(items::add);
        }
        return new Draft(version, List.copyOf(items), new LessonDrafter(language, profile, phrasing, sourceAnalysis, ids).draft(items, events, options));
    }
}
