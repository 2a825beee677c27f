package org.sourcebook.drafting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sourcebook.content.item.ItemInfo;
import org.sourcebook.content.item.ItemKind;
import org.sourcebook.content.item.ItemOrigin;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.item.MatchPair;
import org.sourcebook.content.item.Matching;
import org.sourcebook.content.item.OptionId;
import org.sourcebook.content.item.OrderEntry;
import org.sourcebook.content.item.Ordering;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.Span;

/**
 * Drafts the items that span several sentences: timelines (ordering) from dated events, and
 * matching of figures to what they count and of terms to their meanings.
 */
final class SetDrafter {

    static final int MIN_EVENTS = 3;
    private static final int MAX_ENTRIES = 5;
    private static final int MAX_EVENT_WORDS = 16;
    /** An event text with a year of its own would give the order away. */
    private static final Pattern ANOTHER_YEAR = Pattern.compile("\\b\\d{4}\\b");

    /** An event the source dates: the date as written, what happened, and the sentence. */
    record DatedEvent(Mention date, String text, AnalysedSentence sentence) {}

    private record Pair(String left, String right, AnalysedSentence sentence) {}

    private final DocumentVersion version;
    private final Phrasing phrasing;
    private final DraftIds ids;

    SetDrafter(DocumentVersion version, Phrasing phrasing, DraftIds ids) {
        this.version = version;
        this.phrasing = phrasing;
        this.ids = ids;
    }

    /**
     * Dated events in chronological order, each clearly after the one before (so the order is not
     * in doubt); sentences with more than one date are left out, since their event is not one.
     */
    static List<DatedEvent> datedEvents(DocumentAnalysis analysis) {
        List<DatedEvent> events = new ArrayList<>();
        for (AnalysedSentence sentence : analysis.sentences()) {
            List<Mention> dates = sentence.mentions().stream().filter(m -> m.kind().isTemporal()).toList();
            if (sentence.questionable() && !sentence.needsContext() && dates.size() == 1) {
                String text = eventText(sentence, dates.get(0));
                if (!text.isBlank()) {
                    events.add(new DatedEvent(dates.get(0), text, sentence));
                }
            }
        }
        events.sort(Comparator.comparing((DatedEvent event) -> event.date().date()).thenComparingInt(e -> e.sentence().index()));
        List<DatedEvent> ordered = new ArrayList<>();
        Set<String> texts = new HashSet<>();
        for (DatedEvent event : events) {
            boolean after = ordered.isEmpty() || ordered.get(ordered.size() - 1).date().date().clearlyBefore(event.date().date());
            if (after && texts.add(event.text().toLowerCase(Locale.ROOT))) {
                ordered.add(event);
            }
        }
        return ordered;
    }

    /** Ordering items over consecutive runs of up to five events. */
    List<Candidate> orderings(List<DatedEvent> events) {
        List<Candidate> candidates = new ArrayList<>();
        for (int from = 0; from + MIN_EVENTS <= events.size(); from += MAX_ENTRIES) {
            List<DatedEvent> run = events.subList(from, Math.min(events.size(), from + MAX_ENTRIES));
            String key = "ordering:" + run.get(0).sentence().index();
            double score = 0.72 + 0.02 * run.size();
            candidates.add(new Candidate(ItemKind.ORDERING, SentenceDrafter.round(score), -1, key, key, () -> new Ordering(
                    info(key, phrasing.orderEventsPrompt(), run.stream().map(DatedEvent::sentence).toList(), score),
                    entries(run))));
        }
        return candidates;
    }

    /** Matching items of figures to what they count, from neighbouring sentences. */
    List<Candidate> figureMatchings(DocumentAnalysis analysis) {
        List<Pair> pairs = new ArrayList<>();
        for (AnalysedSentence sentence : analysis.sentences()) {
            if (!sentence.questionable() || sentence.needsContext()) {
                continue;
            }
            for (Mention mention : sentence.mentions()) {
                if (mention.kind() == MentionKind.NUMBER && !mention.ordinal() && !mention.counted().isEmpty()
                        && !mention.text().endsWith("%")) {
                    String counted = mention.clause().isEmpty() ? mention.counted() : mention.clause();
                    pairs.add(new Pair(mention.text(), counted, sentence));
                }
            }
        }
        return matchings(pairs, "figures", phrasing.matchFiguresPrompt());
    }

    /** Matching items of terms to the meanings the source gives them. */
    List<Candidate> termMatchings(DocumentAnalysis analysis) {
        List<Pair> pairs = new ArrayList<>();
        for (AnalysedSentence sentence : analysis.sentences()) {
            for (Definition definition : sentence.definitions()) {
                pairs.add(new Pair(definition.term().text(), shortened(definition.meaningText()), sentence));
            }
        }
        return matchings(pairs, "terms", phrasing.matchTermsPrompt());
    }

    private List<Candidate> matchings(List<Pair> pairs, String what, String prompt) {
        List<Candidate> candidates = new ArrayList<>();
        List<Pair> group = new ArrayList<>();
        for (Pair pair : pairs) {
            if (fitsIn(group, pair)) {
                group.add(pair);
            }
            if (group.size() == MAX_ENTRIES) {
                candidates.add(matching(List.copyOf(group), what, prompt));
                group.clear();
            }
        }
        if (group.size() >= MIN_EVENTS) {
            candidates.add(matching(group, what, prompt));
        }
        return candidates;
    }

    private Candidate matching(List<Pair> group, String what, String prompt) {
        String key = "matching:" + what + ":" + group.get(0).sentence().index() + ":" + group.get(0).left();
        double score = 0.68 + 0.02 * group.size();
        List<MatchPair> pairs = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            pairs.add(new MatchPair(OptionId.of("p" + (i + 1)), SentenceDrafter.tidy(group.get(i).left()),
                    SentenceDrafter.tidy(group.get(i).right())));
        }
        List<AnalysedSentence> sentences = group.stream().map(Pair::sentence).distinct().toList();
        return new Candidate(ItemKind.MATCHING, SentenceDrafter.round(score), -1, key, key,
                () -> new Matching(info(key, prompt, sentences, score), pairs));
    }

    private static boolean fitsIn(List<Pair> group, Pair pair) {
        String right = pair.right().toLowerCase(Locale.ROOT);
        return group.stream().noneMatch(other -> other.left().equalsIgnoreCase(pair.left())
                || other.right().toLowerCase(Locale.ROOT).startsWith(right)
                || right.startsWith(other.right().toLowerCase(Locale.ROOT)));
    }

    private ItemInfo info(String key, String prompt, List<AnalysedSentence> sentences, double score) {
        List<Span> citations = sentences.stream().map(sentence -> version.cite(sentence.range())).toList();
        String feedback = sentences.stream().map(AnalysedSentence::text).reduce((a, b) -> a + " … " + b).orElse("");
        return new ItemInfo(ids.item(key), prompt, SentenceDrafter.tidy(phrasing.sourceSays(feedback)), citations, List.of(),
                ItemStatus.DRAFT,
                ItemOrigin.DRAFTED, SentenceDrafter.round(score));
    }

    private static List<OrderEntry> entries(List<DatedEvent> run) {
        List<OrderEntry> entries = new ArrayList<>();
        for (int i = 0; i < run.size(); i++) {
            entries.add(new OrderEntry(OptionId.of("e" + (i + 1)), SentenceDrafter.tidy(run.get(i).text()),
                    SentenceDrafter.tidy(run.get(i).date().text())));
        }
        return entries;
    }

    /** The sentence without its date and the words that introduce it, at most {@value #MAX_EVENT_WORDS} words. */
    static String eventText(AnalysedSentence sentence, Mention date) {
        String before = sentence.slice(sentence.range().start() + sentence.leadIn(), date.start())
                .replaceAll("(?i)(?:\\b(?:in|on|by|since|from|during|until|of|at)\\s+)?(?:the\\s+)?(?:year\\s+)?$", "");
        String after = sentence.slice(date.end(), sentence.range().end()).replaceFirst("^\\s*,", "");
        String text = (before.strip() + " " + after.strip()).strip()
                .replaceAll("\\s+", " ")
                .replaceAll("\\s+([,.;:!?])", "$1")
                .replaceAll("^[,;:\\s]+|[\\s,;:]+$", "");
        if (text.isEmpty() || ANOTHER_YEAR.matcher(text).find()) {
            return "";
        }
        return shortened(Character.toUpperCase(text.charAt(0)) + text.substring(1));
    }

    private static String shortened(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length <= MAX_EVENT_WORDS) {
            return text.strip().replaceAll("[.]$", "");
        }
        return String.join(" ", List.of(words).subList(0, MAX_EVENT_WORDS)).replaceAll("[,;:]$", "") + " …";
    }
}
