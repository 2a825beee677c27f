package org.sourcebook.drafting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.item.ChoiceOption;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemInfo;
import org.sourcebook.content.item.ItemKind;
import org.sourcebook.content.item.ItemOrigin;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.item.MultipleResponse;
import org.sourcebook.content.item.Numeric;
import org.sourcebook.content.item.NumericTolerance;
import org.sourcebook.content.item.OptionId;
import org.sourcebook.content.item.SingleChoice;
import org.sourcebook.content.lesson.BlockId;
import org.sourcebook.content.lesson.DiscussionPrompt;
import org.sourcebook.content.lesson.SourceAnalysis;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.Span;

/**
 * Reads the document as a historian reads a source and drafts what follows from it: the lesson's
 * source analysis (origin, purpose, perspective, corroboration, what is missing), a discussion
 * prompt made for this kind of document, and gradable questions about the document as a source
 * (its purpose, its point of view, the words that judge, the sources it names, when it was made,
 * whom it blames), each citing the sentences that show the answer and tagged as source analysis.
 */
final class SourceAnalysisDrafter {

    private static final int MAX_EVIDENCE = 3;

    private final DocumentProfile profile;
    private final Phrasing phrasing;
    private final DraftingLanguage language;
    private final DraftIds ids;
    private final DocumentFacts facts;

    SourceAnalysisDrafter(DocumentProfile profile, Phrasing phrasing, DraftingLanguage language, DraftIds ids) {
        this.profile = profile;
        this.phrasing = phrasing;
        this.language = language;
        this.ids = ids;
        this.facts = facts(profile, language);
    }

    DocumentFacts facts() {
        return facts;
    }

    SourceAnalysis analysisBlock(BlockId id) {
        return new SourceAnalysis(id, profile.analysis().version().documentId(), phrasing.analysisOrigin(facts),
                phrasing.analysisPurpose(facts), phrasing.analysisPerspective(facts), phrasing.analysisCorroboration(facts),
                phrasing.analysisMissing(facts));
    }

    DiscussionPrompt discussion(BlockId id) {
        return new DiscussionPrompt(id, phrasing.discussionPrompt(facts));
    }

    /** The source-analysis questions the document supports, scored like every other candidate. */
    List<Candidate> candidates() {
        SourceReading reading = profile.reading();
        List<Candidate> candidates = new ArrayList<>();
        List<Integer> judging = reading.judgements().stream().map(SourceReading.Cue::sentence).distinct().limit(MAX_EVIDENCE).toList();
        List<Integer> purposeEvidence = new ArrayList<>(reading.callsToAction().stream().limit(1).toList());
        purposeEvidence.addAll(judging.stream().limit(2).toList());
        add(candidates, "purpose", phrasing.purposeQuestion(facts), orFirst(purposeEvidence), 0.02);
        add(candidates, "viewpoint", phrasing.viewpointQuestion(facts), orFirst(judging), 0);
        add(candidates, "judgement", phrasing.judgementQuestion(facts), judging, 0.01);
        add(candidates, "kind", phrasing.kindQuestion(facts), orFirst(List.of()), -0.02);
        if (reading.kind() == SourceKind.STATEMENT) {
            add(candidates, "named-source", phrasing.namedSourceQuestion(facts),
                    reading.namedSources().stream().map(SourceReading.Cue::sentence).limit(1).toList(), 0.01);
        }
        add(candidates, "references", phrasing.referencesQuestion(facts), markerSentences(), 0);
        addSelfDate(candidates);
        addResponsible(candidates);
        return candidates;
    }

    private void add(List<Candidate> candidates, String what, Phrasing.@Nullable ChoiceText text, List<Integer> evidence, double lift) {
        if (text == null || evidence.isEmpty()) {
            return;
        }
        String key = "source-analysis:" + what;
        ItemKind kind = text.correct().size() > 1 ? ItemKind.MULTIPLE_RESPONSE : ItemKind.SINGLE_CHOICE;
        double score = Scoring.round(Scoring.score(new Scoring.Signals(kind, Target.SOURCE_ANALYSIS, 0.5, 0, false, false, false)) + lift);
        List<ChoiceOption> options = options(key, text);
        candidates.add(new Candidate(kind, Target.SOURCE_ANALYSIS, score, -1, -1, key, key, () -> {
            ItemInfo info = info(key, text.prompt(), text.feedback(), evidence, score);
            return kind == ItemKind.MULTIPLE_RESPONSE ? new MultipleResponse(info, options) : new SingleChoice(info, options);
        }));
    }

    private void addSelfDate(List<Candidate> candidates) {
        SourceReading.SelfDate self = profile.reading().selfDate();
        String prompt = phrasing.selfDateQuestion(facts);
        if (self == null || prompt == null) {
            return;
        }
        String key = "source-analysis:date";
        double score = Scoring.score(new Scoring.Signals(ItemKind.NUMERIC, Target.SOURCE_ANALYSIS, 0.5, 0, false, false, false));
        candidates.add(new Candidate(ItemKind.NUMERIC, Target.SOURCE_ANALYSIS, score, -1, -1, key, key,
                () -> new Numeric(info(key, prompt, phrasing.analysisOrigin(facts), List.of(self.sentence()), score),
                        java.math.BigDecimal.valueOf(self.year()), NumericTolerance.exact(), null)));
    }

    /** For a source with a point of view: whom it holds responsible, asked as its claim, never as a fact. */
    private void addResponsible(List<Candidate> candidates) {
        Blame blame = blame(profile, language);
        if (blame == null) {
            return;
        }
        Phrasing.ChoiceText text = phrasing.responsibleQuestion(facts, blame.name(), others(blame.name()));
        if (text != null) {
            String key = "source-analysis:responsible";
            double score = Scoring.score(new Scoring.Signals(ItemKind.SINGLE_CHOICE, Target.CLAIM, 0.5, 0, false, false, true));
            List<ChoiceOption> options = options(key, text);
            candidates.add(new Candidate(ItemKind.SINGLE_CHOICE, Target.CLAIM, score, -1, -1, key, key,
                    () -> new SingleChoice(info(key, text.prompt(), text.feedback(), blame.sentences(), score), options)));
        }
    }

    /** The name a source with a point of view holds responsible, and the sentences where it does. */
    private record Blame(String name, List<Integer> sentences) {}

    /**
     * The name that most often stands accused in the claims of a source with a point of view, when it
     * is accused at least twice and at least twice as often as any other; else null.
     */
    private static @Nullable Blame blame(DocumentProfile profile, DraftingLanguage language) {
        if (!profile.reading().hasPointOfView()) {
            return null;
        }
        Map<String, Integer> blamed = new HashMap<>();
        Map<String, String> spelling = new HashMap<>();
        Map<String, List<Integer>> where = new HashMap<>();
        for (AnalysedSentence sentence : profile.analysis().sentences()) {
            if (!profile.isClaim(sentence.index())) {
                continue;
            }
            sentence.mentions().stream().filter(m -> m.kind().isName() && m.kind() != MentionKind.NAME)
                    .filter(m -> language.isAccused(m, sentence))
                    .forEach(m -> {
                        String key = Distractors.key(m.text());
                        blamed.merge(key, 1, Integer::sum);
                        spelling.putIfAbsent(key, m.text());
                        where.computeIfAbsent(key, k -> new ArrayList<>()).add(sentence.index());
                    });
        }
        List<String> ranked = blamed.keySet().stream()
                .sorted(Comparator.comparing((String key) -> -blamed.get(key)).thenComparing(key -> key)).toList();
        if (ranked.isEmpty() || blamed.get(ranked.get(0)) < 2 || ranked.size() > 1 && blamed.get(ranked.get(1)) * 2 > blamed.get(ranked.get(0))) {
            return null;
        }
        return new Blame(spelling.get(ranked.get(0)), where.get(ranked.get(0)).stream().distinct().limit(MAX_EVIDENCE).toList());
    }

    /** Other names of the document of the accused's kind (countries with countries), as wrong answers. */
    private List<String> others(String accused) {
        Set<String> others = new LinkedHashSet<>();
        boolean country = language.isCountry(accused);
        MentionKind kind = null;
        for (AnalysedSentence sentence : profile.analysis().sentences()) {
            for (Mention mention : sentence.mentions()) {
                if (Distractors.key(mention.text()).equals(Distractors.key(accused))) {
                    kind = mention.kind();
                }
            }
        }
        for (AnalysedSentence sentence : profile.analysis().sentences()) {
            for (Mention mention : sentence.mentions()) {
                boolean sameKind = mention.kind() == kind && (kind != MentionKind.PLACE || language.isCountry(mention.text()) == country);
                if (sameKind && !Distractors.key(mention.text()).equals(Distractors.key(accused))
                        && !Words.containsWord(mention.text(), accused, false) && !Words.containsWord(accused, mention.text(), false)) {
                    others.add(mention.text());
                }
            }
        }
        return List.copyOf(others);
    }

    private List<ChoiceOption> options(String key, Phrasing.ChoiceText text) {
        List<String> all = new ArrayList<>(text.wrong());
        List<String> correct = text.correct();
        int rotation = Math.floorMod(key.hashCode(), correct.size() + all.size());
        all.addAll(correct);
        java.util.Collections.rotate(all, rotation);
        List<ChoiceOption> options = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            options.add(new ChoiceOption(OptionId.of(String.valueOf((char) ('a' + i))), all.get(i), correct.contains(all.get(i)), ""));
        }
        return options;
    }

    private ItemInfo info(String key, String prompt, String feedback, List<Integer> evidence, double score) {
        DocumentVersion version = profile.analysis().version();
        List<Span> citations = evidence.stream().sorted().map(index -> version.cite(profile.analysis().sentences().get(index).range())).toList();
        return new ItemInfo(ids.item(key), Texts.clean(prompt), Texts.clean(feedback), citations, List.of(Draft.SOURCE_ANALYSIS_TAG),
                ItemStatus.DRAFT, ItemOrigin.DRAFTED, score);
    }

    private List<Integer> orFirst(List<Integer> evidence) {
        if (!evidence.isEmpty()) {
            return evidence.stream().distinct().sorted().toList();
        }
        return profile.analysis().sentences().stream().filter(AnalysedSentence::questionable).map(AnalysedSentence::index).limit(1).toList();
    }

    private List<Integer> markerSentences() {
        return profile.analysis().sentences().stream()
                .filter(sentence -> sentence.questionable() && org.sourcebook.content.source.Furniture.MARKER.matcher(sentence.text()).find())
                .map(AnalysedSentence::index).limit(1).toList();
    }

    /**
     * People and organisations the document writes about, not among the sources it names, most mentioned first; none that
     * stands in a sentence reporting what a source says, since it may be one too ("the council's own monitoring figures").
     */
    private static List<String> otherNames(DocumentProfile profile, DraftingLanguage language) {
        Set<String> sources = new java.util.HashSet<>();
        profile.reading().namedSources().forEach(cue -> sources.add(Distractors.key(cue.text())));
        profile.analysis().sentences().stream().filter(sentence -> language.reportsOtherSources(sentence.text()))
                .flatMap(sentence -> sentence.mentions().stream()).forEach(mention -> sources.add(Distractors.key(mention.text())));
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> spelling = new java.util.LinkedHashMap<>();
        for (AnalysedSentence sentence : profile.analysis().sentences()) {
            for (Mention mention : sentence.mentions()) {
                String key = Distractors.key(mention.text());
                boolean named = mention.kind() == MentionKind.PERSON || mention.kind() == MentionKind.ORGANISATION;
                if (named && sentence.questionable() && !sources.contains(key) && mention.text().contains(" ")
                        && sources.stream().noneMatch(source -> source.contains(key) || key.contains(source))) {
                    counts.merge(key, 1, Integer::sum);
                    spelling.putIfAbsent(key, mention.text());
                }
            }
        }
        return spelling.keySet().stream().sorted(Comparator.comparing((String key) -> -counts.get(key))).map(spelling::get).toList();
    }

    private static DocumentFacts facts(DocumentProfile profile, DraftingLanguage language) {
        SourceReading reading = profile.reading();
        List<AnalysedSentence> sentences = profile.analysis().sentences();
        Blame blame = blame(profile, language);
        String call = reading.callsToAction().stream().map(index -> Texts.clean(sentences.get(index).text()))
                .filter(text -> text.split("\\s+").length <= 40).findFirst().orElse(null);
        List<String> figures = new ArrayList<>();
        for (AnalysedSentence sentence : sentences) {
            for (Mention mention : sentence.mentions()) {
                if (figures.size() < 3 && mention.kind() == MentionKind.NUMBER && !mention.counted().isEmpty() && sentence.questionable()
                        && (!reading.hasPointOfView() || reading.claimSentences().contains(sentence.index()))) {
                    figures.add(Texts.clean(mention.text() + " " + mention.counted()));
                }
            }
        }
        return new DocumentFacts(profile.analysis().version().metadata(), reading, call, figures, profile.topic(), otherNames(profile, language),
                blame == null ? null : blame.name());
    }
}
