package org.sourcebook.drafting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sourcebook.content.item.ChoiceOption;
import org.sourcebook.content.item.ChoiceQuestion;
import org.sourcebook.content.item.FactCard;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.TrueFalse;
import org.sourcebook.content.lesson.Block;
import org.sourcebook.content.lesson.FactCardDeck;
import org.sourcebook.content.lesson.Lesson;
import org.sourcebook.content.lesson.Quiz;
import org.sourcebook.content.lesson.QuizSettings;
import org.sourcebook.content.lesson.ReadingExcerpt;
import org.sourcebook.content.lesson.Timeline;
import org.sourcebook.content.lesson.TimelineEntry;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.Span;
import org.sourcebook.content.source.TextRange;

/**
 * Drafts a lesson that teaches students to read the document as a source: its key passages to
 * read, a timeline of the events it dates (as its claims when it takes a side), a source analysis,
 * the best fact cards, a quiz that mixes questions about the document as a source with questions
 * on what it says (kinds, parts of the text and true/false answers mixed, none giving another
 * away), and a discussion prompt made for it.
 */
final class LessonDrafter {

    /** Over this many words of content the reading excerpt takes the key passages only. */
    static final int LONG_TEXT_WORDS = 800;
    /** The share of a long text's words the excerpt takes at most. */
    static final double EXCERPT_SHARE = 0.55;
    private static final int MAX_LIST_POINTS = 8;
    private static final int MAX_LIST_POINT_WORDS = 40;
    private static final int MAX_TIMELINE = 12;
    /** A source box is read whole: its heading or label, the line on who wrote it, and its words. */
    private static final int BOX_PARAGRAPHS = 3;
    /** Fewer cards do not make a deck worth reviewing. */
    private static final int MIN_DECK = 3;
    private static final int SOURCE_ANALYSIS_QUESTIONS = 3;
    private static final double KIND_SHARE = 0.4;
    private static final int MAX_QUIZ_DATES = 2;
    private static final java.util.regex.Pattern DATE_ANSWER = java.util.regex.Pattern.compile(
            "(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:\\p{L}+\\s+)?\\d{3,4}s?|\\p{L}+\\s+\\d{1,2},\\s+\\d{3,4}");

    private final DraftingLanguage language;
    private final DocumentProfile profile;
    private final Phrasing phrasing;
    private final SourceAnalysisDrafter sourceAnalysis;
    private final DraftIds ids;

    LessonDrafter(DraftingLanguage language, DocumentProfile profile, Phrasing phrasing, SourceAnalysisDrafter sourceAnalysis,
            DraftIds ids) {
        this.language = language;
        this.profile = profile;
        this.phrasing = phrasing;
        this.sourceAnalysis = sourceAnalysis;
        this.ids = ids;
    }

    Lesson draft(List<Item> items, List<SetDrafter.DatedEvent> events, DraftOptions options) {
        DocumentVersion version = profile.analysis().version();
        List<Block> blocks = new ArrayList<>();
        List<ItemId> cards = deck(items, options.maxDeckCards());
        boolean hasDeck = cards.size() >= MIN_DECK;
        List<ItemId> questions = quiz(items, options.maxQuizQuestions());
        Set<ItemId> used = new HashSet<>(questions);
        if (hasDeck) {
            used.addAll(cards);
        }
        List<Span> passages = passages(items, used);
        if (!passages.isEmpty()) {
            blocks.add(new ReadingExcerpt(ids.block("reading"), passages));
        }
        blocks.add(sourceAnalysis.analysisBlock(ids.block("analysis")));
        if (events.size() >= 3) {
            blocks.add(new Timeline(ids.block("timeline"), timeline(events)));
        }
        if (hasDeck) {
            blocks.add(new FactCardDeck(ids.block("deck"), cards));
        }
        if (!questions.isEmpty()) {
            blocks.add(new Quiz(ids.block("quiz"), questions, QuizSettings.DEFAULTS));
        }
        blocks.add(sourceAnalysis.discussion(ids.block("discussion")));
        boolean hasFacts = items.stream().anyMatch(item -> !isSourceAnalysis(item));
        return new Lesson(ids.lesson(), phrasing.lessonTitle(version.metadata().title()), phrasing.lessonSummary(version.metadata()),
                phrasing.lessonObjectives(hasFacts, events.size() >= 3, profile.reading().hasPointOfView()), blocks);
    }

    /**
     * The paragraphs to read. A short text is read whole; of a long one, up to {@value #EXCERPT_SHARE} of its words: always
     * those the source-analysis questions cite (where the text shows its purpose and its sources) and a textbook's source
     * boxes ("Source A: ..."), then those the lesson's own questions and cards ask about (students must have read what they
     * are asked), then the best of each section, then those that explain (define a term or give a reason), then the most
     * central paragraphs (those that share most of the text's vocabulary) and those many items cite.
     */
    private List<Span> passages(List<Item> items, Set<ItemId> lessonItems) {
        DocumentVersion version = profile.analysis().version();
        Map<Integer, Integer> words = new HashMap<>();
        Map<Integer, Double> weight = new HashMap<>();
        Map<Integer, Double> meanWeight = new HashMap<>();
        Map<Integer, Integer> sentencesIn = new HashMap<>();
        Set<Integer> explains = new HashSet<>();
        Set<Integer> needed = new LinkedHashSet<>();
        for (AnalysedSentence sentence : profile.analysis().sentences()) {
            if (language.opensSourceBox(sentence.text())) {
                // The box: its first paragraph, and after a heading of its own, the two that follow (who wrote it, and its words).
                boolean heading = sentence.wordCount() <= 3;
                int last = Math.min(version.paragraphs().size() - 1, sentence.paragraph() + (heading ? BOX_PARAGRAPHS - 1 : 0));
                for (int paragraph = sentence.paragraph(); paragraph <= last; paragraph++) {
                    needed.add(paragraph);
                    words.computeIfAbsent(paragraph, p -> wordsOf(version.paragraphs().get(p), version));
                }
            }
            if (sentence.questionable() && (!sentence.definitions().isEmpty() || language.reasonIn(sentence) != null)) {
                explains.add(sentence.paragraph());
            }
            if (sentence.questionable()) {
                words.computeIfAbsent(sentence.paragraph(), p -> wordsOf(version.paragraphs().get(p), version));
                weight.merge(sentence.paragraph(), profile.centrality(sentence.index()), Math::max);
                meanWeight.merge(sentence.paragraph(), profile.centrality(sentence.index()), Double::sum);
                sentencesIn.merge(sentence.paragraph(), 1, Integer::sum);
            }
        }
        List<Integer> content = words.keySet().stream().sorted().toList();
        int total = words.values().stream().mapToInt(Integer::intValue).sum();
        if (total <= LONG_TEXT_WORDS) {
            return content.stream().map(paragraph -> version.cite(version.paragraphs().get(paragraph))).toList();
        }
        Set<Integer> asked = new HashSet<>();
        Map<Integer, Integer> cited = new HashMap<>();
        for (Item item : items) {
            for (Span citation : item.info().citations()) {
                int paragraph = paragraphOf(version.paragraphs(), citation.start());
                cited.merge(paragraph, 1, Integer::sum);
                if (isSourceAnalysis(item) && words.containsKey(paragraph)) {
                    needed.add(paragraph);
                } else if (lessonItems.contains(item.id())) {
                    asked.add(paragraph);
                }
            }
        }
        List<Integer> ranked = new ArrayList<>(content);
        ranked.sort(Comparator.comparing((Integer p) -> asked.contains(p) ? 0 : explains.contains(p) ? 1 : 2)
                .thenComparing((Integer p) -> -(0.3 * cited.getOrDefault(p, 0) + 2 * weight.getOrDefault(p, 0.0)
                + 2 * meanWeight.getOrDefault(p, 0.0) / Math.max(1, sentencesIn.getOrDefault(p, 1)))).thenComparing(p -> p));
        List<Integer> order = new ArrayList<>(ranked.stream().filter(asked::contains).toList());
        order.addAll(bestOfEachSection(ranked));
        order.addAll(ranked);
        Set<Integer> chosen = fill(needed, order, words, (int) (total * EXCERPT_SHARE));
        return chosen.stream().sorted().map(paragraph -> version.cite(version.paragraphs().get(paragraph))).toList();
    }

    /**
     * The {@code needed} paragraphs, then those of {@code order} while the excerpt stays within {@code budget} words; a
     * paragraph comes with the one before when it leans on it ("The second objection is ..." after the first) and with the
     * list it introduces.
     */
    private Set<Integer> fill(Set<Integer> needed, List<Integer> order, Map<Integer, Integer> words, int budget) {
        DocumentVersion version = profile.analysis().version();
        Set<Integer> leaning = paragraphsLeaningBack();
        Set<Integer> chosen = new HashSet<>(needed);
        int used = chosen.stream().mapToInt(words::get).sum();
        for (int paragraph : List.copyOf(chosen)) {
            boolean fits = words.containsKey(paragraph - 1) && used + words.get(paragraph - 1) <= budget;
            if (leaning.contains(paragraph) && fits && chosen.add(paragraph - 1)) {
                used += words.get(paragraph - 1);
            }
        }
        for (int paragraph : order) {
            List<Integer> unit = new ArrayList<>(List.of(paragraph));
            if (leaning.contains(paragraph) && words.containsKey(paragraph - 1) && !chosen.contains(paragraph - 1)) {
                unit.add(0, paragraph - 1);
            }
            unit.addAll(listAfter(paragraph));
            int size = unit.stream().filter(part -> !chosen.contains(part)).mapToInt(part -> wordsOf(version.paragraphs().get(part), version)).sum();
            if (!chosen.contains(paragraph) && used + size <= budget) {
                chosen.addAll(unit);
                used += size;
            }
        }
        return chosen;
    }

    /** Paragraphs whose first sentence leans on the paragraph before ("This meant ...", "The second objection ..."). */
    private Set<Integer> paragraphsLeaningBack() {
        Set<Integer> seen = new HashSet<>();
        Set<Integer> leaning = new HashSet<>();
        for (AnalysedSentence sentence : profile.analysis().sentences()) {
            if (seen.add(sentence.paragraph()) && sentence.needsContext()) {
                leaning.add(sentence.paragraph());
            }
        }
        return leaning;
    }

    /**
     * The points of the list {@code paragraph} introduces ("There are two main kinds:"), or none: a lead-in is read with
     * its list, or it leaves the student in mid-sentence.
     */
    private List<Integer> listAfter(int paragraph) {
        DocumentVersion version = profile.analysis().version();
        List<Integer> points = new ArrayList<>();
        if (version.quote(version.paragraphs().get(paragraph)).strip().endsWith(":")) {
            for (int next = paragraph + 1; next < version.paragraphs().size() && points.size() < MAX_LIST_POINTS && isListPoint(next); next++) {
                points.add(next);
            }
        }
        return points;
    }

    /**
     * A paragraph that may be a point of the list a paragraph before it introduces: short, not a heading, not a lead-in
     * itself. Imported Markdown and HTML lists keep no bullets, so a bullet is not required.
     */
    private boolean isListPoint(int paragraph) {
        DocumentVersion version = profile.analysis().version();
        String text = version.quote(version.paragraphs().get(paragraph)).strip();
        if (text.isEmpty()) {
            return false;
        }
        // "dead or inactivated pathogens" is short and unpunctuated like a heading; its small first letter tells it apart.
        boolean heading = profile.analysis().sentences().stream().anyMatch(sentence -> sentence.paragraph() == paragraph && isHeading(sentence))
                && !Character.isLowerCase(text.codePointAt(0));
        return !heading && !text.endsWith(":") && Words.count(text) <= MAX_LIST_POINT_WORDS;
    }

    /**
     * In a text with sections under headings, the best-ranked paragraph of each section, in the order of {@code ranked}:
     * a teacher reading an excerpt expects every part of the story ("The accident" of an article on a disaster), not
     * three paragraphs of its background. Empty for a text with fewer than three headings.
     */
    private List<Integer> bestOfEachSection(List<Integer> ranked) {
        Map<Integer, Integer> sectionOf = new HashMap<>();
        int section = 0;
        int headings = 0;
        for (AnalysedSentence sentence : profile.analysis().sentences()) {
            if (isHeading(sentence)) {
                section = sentence.paragraph();
                headings++;
            } else {
                sectionOf.putIfAbsent(sentence.paragraph(), section);
            }
        }
        if (headings < 3) {
            return List.of();
        }
        Set<Integer> covered = new HashSet<>();
        return ranked.stream().filter(paragraph -> covered.add(sectionOf.getOrDefault(paragraph, -1))).toList();
    }

    /** A heading: a paragraph of one short line that does not end as a sentence does ("The accident", "## Vaccines"). */
    private boolean isHeading(AnalysedSentence sentence) {
        TextRange paragraph = profile.analysis().version().paragraphs().get(sentence.paragraph());
        String text = sentence.text().strip();
        return sentence.range().start() <= paragraph.start() && sentence.range().end() >= paragraph.end() - 1
                && sentence.wordCount() <= 8 && !text.isEmpty() && ".!?:;,".indexOf(text.charAt(text.length() - 1)) < 0;
    }

    private static int wordsOf(TextRange paragraph, DocumentVersion version) {
        return Words.count(version.quote(paragraph));
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

    /**
     * Timeline entries for the most central of the dated events, in order, each by its own date; the
     * source's claims as its claims when it takes a side.
     */
    private List<TimelineEntry> timeline(List<SetDrafter.DatedEvent> events) {
        // A document's own list of dates ("1955 – Montgomery Bus Boycott begins") is the timeline its author chose.
        List<SetDrafter.DatedEvent> listed = events.stream().filter(event -> !event.sentence().questionable()).toList();
        List<SetDrafter.DatedEvent> central = listed.size() >= SetDrafter.MIN_EVENTS ? listed.stream().limit(MAX_TIMELINE).toList() : events.stream()
                .sorted(Comparator.comparingDouble((SetDrafter.DatedEvent event) -> -profile.centrality(event.sentence().index())))
                .limit(MAX_TIMELINE).collect(java.util.stream.Collectors.toSet()).stream()
                .sorted(Comparator.comparingInt(events::indexOf)).toList();
        List<TimelineEntry> entries = new ArrayList<>();
        for (SetDrafter.DatedEvent event : central) {
            String text = profile.reading().hasPointOfView() ? phrasing.reported(event.text(), startsWithName(event)) : event.text();
            entries.add(new TimelineEntry(event.date().text(), Texts.clean(text), profile.analysis().version().cite(event.sentence().range())));
        }
        return entries;
    }

    private static boolean startsWithName(SetDrafter.DatedEvent event) {
        return event.sentence().mentions().stream().anyMatch(m -> m.kind().isName() && event.text().startsWith(m.text()));
    }

    /** The best fact cards, at most two from one paragraph before any paragraph gives a third. */
    private List<ItemId> deck(List<Item> items, int max) {
        List<Item> cards = items.stream().filter(FactCard.class::isInstance).toList();
        return spread(cards, max).stream().map(Item::id).toList();
    }

    /**
     * The quiz: choice questions about the document as a source first (up to three), then the best of the
     * rest with no kind over {@value #KIND_SHARE} of the quiz (source questions aside), one question per sentence, none whose
     * answer another shows, and true/false statements in pairs (one true, one false) so that their
     * answers are mixed.
     */
    private List<ItemId> quiz(List<Item> items, int max) {
        List<Item> questions = items.stream().filter(item -> item.kind().isGraded()).toList();
        // A source that takes a side is the lesson's subject as a source; elsewhere a third question on the source crowds
        // out the text's content (judges: "three of the five questions are generic source questions").
        int onTheSource = profile.reading().hasPointOfView() ? SOURCE_ANALYSIS_QUESTIONS : SOURCE_ANALYSIS_QUESTIONS - 1;
        List<Item> chosen = new ArrayList<>(questions.stream().filter(item -> isSourceAnalysis(item) && !(item instanceof TrueFalse))
                .limit(Math.min(onTheSource, max)).toList());
        List<Item> rest = new ArrayList<>(questions.stream().filter(item -> isSourceAnalysis(item) && item instanceof TrueFalse).toList());
        rest.addAll(spread(questions.stream().filter(item -> !isSourceAnalysis(item)).toList(), questions.size()));
        Item pendingStatement = null;
        for (Item item : rest) {
            if (chosen.size() >= max) {
                break;
            }
            if (!fits(item, chosen, max)) {
                continue;
            }
            if (item instanceof TrueFalse statement) {
                if (pendingStatement == null) {
                    pendingStatement = item;
                    continue;
                }
                if (((TrueFalse) pendingStatement).answer() == statement.answer() || chosen.size() + 2 > max) {
                    continue;
                }
                chosen.add(pendingStatement);
                pendingStatement = null;
            }
            chosen.add(item);
        }
        return chosen.stream().map(Item::id).toList();
    }

    private boolean fits(Item item, List<Item> chosen, int max) {
        long sameKind = chosen.stream().filter(other -> !isSourceAnalysis(other) && other.kind() == item.kind()).count();
        if (sameKind + 1 > Math.max(2, Math.ceil(max * KIND_SHARE))) {
            return false;
        }
        if (asksForADate(item) && chosen.stream().filter(LessonDrafter::asksForADate).count() >= MAX_QUIZ_DATES) {
            return false;
        }
        Set<Integer> sentences = new HashSet<>();
        chosen.forEach(other -> other.info().citations().forEach(span -> sentences.add(span.start())));
        boolean sameSentence = item.info().citations().stream().anyMatch(span -> sentences.contains(span.start()));
        return !sameSentence && chosen.stream().noneMatch(other -> givesAway(other, item) || givesAway(item, other));
    }

    /** True when the answer is a year or a date ("1879", "28 December 1879", "June 1858", "the 1860s"): dates quickly turn a quiz into trivia. */
    private static boolean asksForADate(Item item) {
        return !(item instanceof TrueFalse) && DATE_ANSWER.matcher(answerText(item).strip()).matches();
    }

    /** True when {@code shown}'s prompt or options contain the answer {@code asked} wants. */
    private static boolean givesAway(Item shown, Item asked) {
        if (asked instanceof TrueFalse || isSourceAnalysis(asked) || isSourceAnalysis(shown)) {
            return false;
        }
        String answer = answerText(asked).toLowerCase(Locale.ROOT);
        String visible = shown.prompt().toLowerCase(Locale.ROOT);
        return !answer.isBlank() && answer.length() >= 3 && Words.containsWord(visible, answer, false);
    }

    private static String answerText(Item item) {
        if (item instanceof ChoiceQuestion choice) {
            return choice.options().stream().filter(ChoiceOption::correct).map(ChoiceOption::text).findFirst().orElse("");
        }
        String canonical = item.canonicalAnswer();
        int gap = canonical.indexOf('[');
        return gap >= 0 && canonical.indexOf(']', gap) > gap ? canonical.substring(gap + 1, canonical.indexOf(']', gap)) : canonical;
    }

    /** {@code items} (best first) reordered so that each paragraph gives one before any gives a second, and so on. */
    private List<Item> spread(List<Item> items, int max) {
        Map<Integer, Integer> perParagraph = new HashMap<>();
        List<Item> ordered = new ArrayList<>(items);
        List<Integer> rounds = new ArrayList<>();
        for (Item item : ordered) {
            int paragraph = paragraphOf(profile.analysis().version().paragraphs(), item.info().citations().get(0).start());
            rounds.add(perParagraph.merge(paragraph, 1, Integer::sum));
        }
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            indices.add(i);
        }
        indices.sort(Comparator.comparing((Integer i) -> rounds.get(i) > 2 ? rounds.get(i) : 0).thenComparing(i -> i));
        return indices.stream().limit(max).map(ordered::get).toList();
    }

    static boolean isSourceAnalysis(Item item) {
        return item.info().tags().contains(Draft.SOURCE_ANALYSIS_TAG);
    }
}
