package org.sourcebook.drafting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sourcebook.content.item.FactCard;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.ItemKind;
import org.sourcebook.content.lesson.Block;
import org.sourcebook.content.lesson.DiscussionPrompt;
import org.sourcebook.content.lesson.FactCardDeck;
import org.sourcebook.content.lesson.Lesson;
import org.sourcebook.content.lesson.Quiz;
import org.sourcebook.content.lesson.QuizSettings;
import org.sourcebook.content.lesson.ReadingExcerpt;
import org.sourcebook.content.lesson.SourceAnalysis;
import org.sourcebook.content.lesson.Timeline;
import org.sourcebook.content.lesson.TimelineEntry;
import org.sourcebook.content.source.DocumentMetadata;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.Span;
import org.sourcebook.content.source.TextRange;

/**
 * Drafts a lesson from the selected items: the source to read, a timeline when it dates events,
 * the best fact cards, a quiz mixing question kinds, a source analysis from the metadata and a
 * discussion prompt.
 */
final class LessonDrafter {

    private static final int MAX_PASSAGES = 12;
    private static final int MAX_TIMELINE = 12;
    private static final int MAX_NAMED_SOURCES = 10;

    private final DocumentAnalysis analysis;
    private final Phrasing phrasing;
    private final DraftIds ids;

    LessonDrafter(DocumentAnalysis analysis, Phrasing phrasing, DraftIds ids) {
        this.analysis = analysis;
        this.phrasing = phrasing;
        this.ids = ids;
    }

    Lesson draft(List<Item> items, List<SetDrafter.DatedEvent> events, DraftOptions options) {
        DocumentVersion version = analysis.version();
        DocumentMetadata metadata = version.metadata();
        List<Block> blocks = new ArrayList<>();
        List<Span> passages = passages(items);
        if (!passages.isEmpty()) {
            blocks.add(new ReadingExcerpt(ids.block("reading"), passages));
        }
        if (events.size() >= 2) {
            blocks.add(new Timeline(ids.block("timeline"), timeline(events)));
        }
        List<ItemId> cards = items.stream().filter(FactCard.class::isInstance).map(Item::id).limit(options.maxDeckCards()).toList();
        if (!cards.isEmpty()) {
            blocks.add(new FactCardDeck(ids.block("deck"), cards));
        }
        List<ItemId> questions = quizQuestions(items, options.maxQuizQuestions());
        if (!questions.isEmpty()) {
            blocks.add(new Quiz(ids.block("quiz"), questions, QuizSettings.DEFAULTS));
        }
        List<String> namedSources = namedSources();
        blocks.add(new SourceAnalysis(ids.block("analysis"), version.documentId(), phrasing.analysisOrigin(metadata), "",
                phrasing.analysisPerspective(phrasing.evaluativeWords(version.text())),
                phrasing.analysisCorroboration(namedSources), phrasing.analysisMissing(metadata)));
        blocks.add(new DiscussionPrompt(ids.block("discussion"), phrasing.discussionPrompt(metadata, namedSources)));
        return new Lesson(ids.lesson(), metadata.title(), phrasing.lessonSummary(metadata),
                phrasing.lessonObjectives(!items.isEmpty(), events.size() >= 2), blocks);
    }

    /** The paragraphs with sentences to learn from; for a long source, those the items cite most, in document order. */
    private List<Span> passages(List<Item> items) {
        DocumentVersion version = analysis.version();
        Set<Integer> withContent = new LinkedHashSet<>();
        analysis.sentences().stream().filter(AnalysedSentence::questionable).forEach(s -> withContent.add(s.paragraph()));
        List<Integer> chosen = new ArrayList<>(withContent);
        if (chosen.size() > MAX_PASSAGES) {
            Map<Integer, Integer> citations = citationsPerParagraph(items);
            chosen.sort(Comparator.comparing((Integer p) -> -citations.getOrDefault(p, 0)).thenComparing(p -> p));
            chosen = new ArrayList<>(chosen.subList(0, MAX_PASSAGES));
            chosen.sort(Comparator.naturalOrder());
        }
        return chosen.stream().map(paragraph -> version.cite(version.paragraphs().get(paragraph))).toList();
    }

    private Map<Integer, Integer> citationsPerParagraph(List<Item> items) {
        List<TextRange> paragraphs = analysis.version().paragraphs();
        Map<Integer, Integer> counts = new HashMap<>();
        for (Item item : items) {
            for (Span citation : item.info().citations()) {
                int paragraph = paragraphOf(paragraphs, citation.start());
                counts.merge(paragraph, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static int paragraphOf(List<TextRange> paragraphs, int offset) {
        int low = 0;
        int high = paragraphs.size() - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (paragraphs.get(middle).start() <= offset) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    private List<TimelineEntry> timeline(List<SetDrafter.DatedEvent> events) {
        List<TimelineEntry> entries = new ArrayList<>();
        int step = Math.max(1, (events.size() + MAX_TIMELINE - 1) / MAX_TIMELINE);
        for (int i = 0; i < events.size() && entries.size() < MAX_TIMELINE; i += step) {
            SetDrafter.DatedEvent event = events.get(i);
            entries.add(new TimelineEntry(event.date().text(), event.text(), analysis.version().cite(event.sentence().range())));
        }
        return entries;
    }

    /** The best questions, kinds taken in turn, at most one per cited sentence. */
    private static List<ItemId> quizQuestions(List<Item> items, int max) {
        Map<ItemKind, List<Item>> byKind = new EnumMap<>(ItemKind.class);
        items.stream().filter(item -> !(item instanceof FactCard))
                .forEach(item -> byKind.computeIfAbsent(item.kind(), kind -> new ArrayList<>()).add(item));
        List<ItemId> chosen = new ArrayList<>();
        Set<Integer> sentences = new HashSet<>();
        int rounds = byKind.values().stream().mapToInt(List::size).max().orElse(0);
        for (int round = 0; round < rounds && chosen.size() < max; round++) {
            for (List<Item> ofKind : byKind.values()) {
                if (round < ofKind.size() && chosen.size() < max) {
                    Item item = ofKind.get(round);
                    if (sentences.add(item.info().citations().get(0).start())) {
                        chosen.add(item.id());
                    }
                }
            }
        }
        return chosen;
    }

    /**
     * People and organisations named in sentences that report what others say, in order of first
     * mention: the sources the document leans on or invokes.
     */
    private List<String> namedSources() {
        Set<String> names = new LinkedHashSet<>();
        analysis.sentences().stream().filter(sentence -> phrasing.reportsOtherSources(sentence.text()))
                .forEach(sentence -> sentence.mentions().stream()
                        .filter(m -> m.kind() == MentionKind.ORGANISATION || m.kind() == MentionKind.PERSON)
                        .forEach(m -> names.add(m.text())));
        return names.stream().limit(MAX_NAMED_SOURCES).toList();
    }
}
