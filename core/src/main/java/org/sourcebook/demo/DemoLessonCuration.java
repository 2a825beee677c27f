package org.sourcebook.demo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.sourcebook.content.item.ChoiceOption;
import org.sourcebook.content.item.FactCard;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.ItemInfo;
import org.sourcebook.content.item.ItemOrigin;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.item.MultipleResponse;
import org.sourcebook.content.item.OptionId;
import org.sourcebook.content.item.SingleChoice;
import org.sourcebook.content.item.TrueFalse;
import org.sourcebook.content.lesson.Block;
import org.sourcebook.content.lesson.BlockId;
import org.sourcebook.content.lesson.DiscussionPrompt;
import org.sourcebook.content.lesson.FactCardDeck;
import org.sourcebook.content.lesson.Lesson;
import org.sourcebook.content.lesson.Quiz;
import org.sourcebook.content.lesson.QuizSettings;
import org.sourcebook.content.lesson.ReadingExcerpt;
import org.sourcebook.content.lesson.SourceAnalysis;
import org.sourcebook.content.lesson.Timeline;
import org.sourcebook.content.lesson.TimelineEntry;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.Span;
import org.sourcebook.content.source.TextRange;
import org.sourcebook.drafting.Draft;

/**
 * The demo lesson as a careful history teacher would teach it: the engine's draft of the statement
 * with the parts a teacher writes better by hand put in from {@code demo/khojaly-lesson.properties}
 * (summary, objectives, source analysis, timeline of the statement's claims, discussion) and
 * hand-written questions and cards on checking the statement added to the drafted ones. Hand-written
 * items are the teacher's own (accepted, written), and cite the sentences they are about.
 */
final class DemoLessonCuration {

    /** The questions the curated quiz takes at most. */
    static final int QUIZ_QUESTIONS = 12;
    /** How many drafted questions on what the statement says the quiz keeps, beside those on reading it. */
    private static final int CONTENT_QUESTIONS = 3;

    /** The curated lesson and the hand-written items it adds. */
    record Curated(Lesson lesson, List<Item> added) {}

    private final Properties texts;
    private final DocumentVersion version;

    DemoLessonCuration(Properties texts, DocumentVersion version) {
        this.texts = texts;
        this.version = version;
    }

    Curated curate(Lesson drafted, List<Item> draftedItems) {
        List<Item> cards = cards();
        List<Item> questions = questions();
        List<Item> added = new ArrayList<>(cards);
        added.addAll(questions);
        List<Block> blocks = new ArrayList<>();
        drafted.blocks().stream().filter(ReadingExcerpt.class::isInstance).findFirst().ifPresent(blocks::add);
        blocks.add(analysis(drafted));
        blocks.add(new Timeline(blockId("timeline"), timeline()));
        List<ItemId> deck = new ArrayList<>(cards.stream().map(Item::id).toList());
        draftedItems.stream().filter(FactCard.class::isInstance).map(Item::id).forEach(deck::add);
        blocks.add(new FactCardDeck(blockId("deck"), deck));
        blocks.add(new Quiz(blockId("quiz"), quiz(drafted, draftedItems, questions), quizSettings(drafted)));
        blocks.add(new DiscussionPrompt(blockId("discussion"), texts.getProperty("discussion")));
        List<String> objectives = List.of(texts.getProperty("objective.1"), texts.getProperty("objective.2"),
                texts.getProperty("objective.3"));
        return new Curated(new Lesson(drafted.id(), drafted.title(), texts.getProperty("summary"), objectives, blocks), added);
    }

    private SourceAnalysis analysis(Lesson drafted) {
        BlockId id = drafted.blocks().stream().filter(SourceAnalysis.class::isInstance).map(Block::id).findFirst()
                .orElse(blockId("analysis"));
        return new SourceAnalysis(id, version.documentId(), texts.getProperty("analysis.origin"), texts.getProperty("analysis.purpose"),
                texts.getProperty("analysis.perspective"), texts.getProperty("analysis.corroboration"),
                texts.getProperty("analysis.missing"));
    }

    private List<TimelineEntry> timeline() {
        List<TimelineEntry> entries = new ArrayList<>();
        for (int n = 1; texts.containsKey("timeline." + n + ".date"); n++) {
            String key = "timeline." + n;
            entries.add(new TimelineEntry(texts.getProperty(key + ".date"), texts.getProperty(key + ".text"),
                    citation(texts.getProperty(key + ".cites"))));
        }
        return entries;
    }

    /**
     * The quiz: the drafted questions on reading the statement as a source, the hand-written ones,
     * and the best few drafted questions on what the statement says.
     */
    private List<ItemId> quiz(Lesson drafted, List<Item> draftedItems, List<Item> handWritten) {
        List<ItemId> draftedQuiz = drafted.blocks().stream().filter(Quiz.class::isInstance).map(Quiz.class::cast)
                .flatMap(quiz -> quiz.questions().stream()).toList();
        List<Item> inQuiz = draftedItems.stream().filter(item -> draftedQuiz.contains(item.id())).toList();
        List<ItemId> chosen = new ArrayList<>();
        draftedItems.stream().filter(item -> item.kind().isGraded() && isSourceAnalysis(item)).map(Item::id).forEach(chosen::add);
        handWritten.stream().map(Item::id).forEach(chosen::add);
        inQuiz.stream().filter(item -> !isSourceAnalysis(item)).limit(CONTENT_QUESTIONS).map(Item::id).forEach(chosen::add);
        return chosen.stream().distinct().limit(QUIZ_QUESTIONS).toList();
    }

    private static QuizSettings quizSettings(Lesson drafted) {
        return drafted.blocks().stream().filter(Quiz.class::isInstance).map(Quiz.class::cast).map(Quiz::settings).findFirst()
                .orElse(QuizSettings.DEFAULTS);
    }

    private static boolean isSourceAnalysis(Item item) {
        return item.info().tags().contains(Draft.SOURCE_ANALYSIS_TAG);
    }

    private List<Item> cards() {
        List<Item> cards = new ArrayList<>();
        for (int n = 1; texts.containsKey("card." + n + ".front"); n++) {
            String key = "card." + n;
            cards.add(new FactCard(info(key, texts.getProperty(key + ".front"), "", texts.getProperty(key + ".cites")),
                    texts.getProperty(key + ".back")));
        }
        return cards;
    }

    private List<Item> questions() {
        List<Item> questions = new ArrayList<>();
        for (int n = 1; texts.containsKey("question." + n + ".kind"); n++) {
            String key = "question." + n;
            ItemInfo info = info(key, texts.getProperty(key + ".prompt"), texts.getProperty(key + ".feedback"),
                    texts.getProperty(key + ".cites"));
            questions.add(switch (texts.getProperty(key + ".kind")) {
                case "true-false" -> new TrueFalse(info, Boolean.parseBoolean(texts.getProperty(key + ".answer")));
                case "multiple-response" -> new MultipleResponse(info, options(texts.getProperty(key + ".options")));
                case "single-choice" -> new SingleChoice(info, options(texts.getProperty(key + ".options")));
                default -> throw new IllegalStateException("Unknown kind of " + key + " in the demo lesson texts");
            });
        }
        return questions;
    }

    /** Options written "a | b * | c": the ones ending in a star are right. */
    private static List<ChoiceOption> options(String written) {
        List<ChoiceOption> options = new ArrayList<>();
        String[] parts = written.split("\\s\\|\\s");
        for (int i = 0; i < parts.length; i++) {
            String text = parts[i].strip();
            boolean correct = text.endsWith(" *");
            options.add(new ChoiceOption(OptionId.of(String.valueOf((char) ('a' + i))), correct ? text.substring(0, text.length() - 2)
                    : text, correct, ""));
        }
        return options;
    }

    private ItemInfo info(String key, String prompt, String feedback, String cites) {
        List<Span> citations = cites == null ? List.of() : List.of(citation(cites));
        List<String> tags = List.of(Draft.SOURCE_ANALYSIS_TAG);
        return new ItemInfo(new ItemId(id("item:" + key)), prompt, feedback, citations, tags, ItemStatus.ACCEPTED, ItemOrigin.WRITTEN, 1.0);
    }

    /** A citation of the sentence (or heading) of the statement that holds {@code passage}. */
    private Span citation(String passage) {
        int at = version.text().indexOf(passage);
        if (at < 0) {
            throw new IllegalStateException("The demo lesson texts cite a passage the statement does not have: " + passage);
        }
        List<TextRange> ranges = new ArrayList<>(version.sentences());
        ranges.addAll(version.paragraphs());
        TextRange holding = ranges.stream().filter(range -> range.start() <= at && at + passage.length() <= range.end())
                .min((a, b) -> Integer.compare(a.length(), b.length())).orElseThrow();
        return version.cite(holding);
    }

    private BlockId blockId(String key) {
        return new BlockId(id("block:" + key));
    }

    private UUID id(String key) {
        return UUID.nameUUIDFromBytes(("sourcebook-demo:" + version.documentId() + ":" + key).getBytes(StandardCharsets.UTF_8));
    }
}
