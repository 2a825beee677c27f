package org.sourcebook.drafting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.item.ChoiceOption;
import org.sourcebook.content.item.FactCard;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.SingleChoice;
import org.sourcebook.content.item.ItemId;
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
    private static final int MAX_EVENT_WORDS = 20;
    /**
     * A date that bounds rather than dates what happened: "since 2020", "dragged on until 1961", "by 1500", "in February
     * and March 2022".
     */
    private static final Pattern NOT_ITS_DATE = Pattern.compile("(?i)\\b(?:since|until|till|before|after|by|and|or|to|from|between|into)"
            + "\\s+(?:the\\s+)?(?:(?:early|late|mid|end of|spring of|summer of|autumn of|winter of)\\s+)?$");
    /** "the 1998 Tessa River Basin Agreement": a year that is part of a name. */
    private static final Pattern YEAR_IN_A_NAME = Pattern.compile("^\\s+\\p{Lu}");
    /** A line of a list of dates: "1955 – Montgomery Bus Boycott begins", "28 August 1963: Delivers a speech". */
    private static final Pattern LISTED_EVENT = Pattern.compile("\\s*(?<date>\\S[^–—:]{2,28}?)\\s*[–—:-]\\s+(?<event>\\p{L}[^\\n]{6,140}?)\\s*");
    /** "were watching a rocket": a scene that was going on, not an event that happened. */
    private static final Pattern SCENE = Pattern.compile("\\b(?:was|were)\\s+(?:\\p{Ll}+ly\\s+)?\\p{Ll}{2,}ing\\b");
    /** An event told with a pronoun needs the sentence before it; on a timeline it has none. */
    private static final Pattern PRONOUN = Pattern.compile("(?i)\\b(?:he|she|it|they|him|her|his|its|their|them|this|these)\\b");
    /** What is left where a date was cut from the middle of a phrase: "awarded the prize for", "until, a buyer". */
    private static final Pattern DANGLING = Pattern.compile(
            "(?i)\\b(?:for|to|with|and|or|than|until|as|the|a|an|of|in|on|at|by|from|since|after|before|is|was|are|were|be|been)\\s*(?:[,;(]|\\.?$)|\\(\\s*\\)");
    /** What is left where a date was cut from an aside: "the spinning jenny (about )", "moved to a new building, opened". */
    private static final Pattern PARTICIPLE_LEFT = Pattern.compile("(?i)\\((?:about|c\\.|circa|around|in|from)?\\s*\\)|,\\s+\\p{L}+ed\\.?$");
    /** Once the event's person is named, "she" and "his" refer to them; "it" and "they" still need the sentence before. */
    private static final Pattern PERSONAL = Pattern.compile("(?i)\\b(?:he|she|him|her|his)\\b");
    private static final Pattern THING_PRONOUN = Pattern.compile("(?i)\\b(?:it|they|its|their|them|this|these)\\b");
    private static final int MIN_CARD_WORDS = 5;
    /** Words of an event that only make sense beside the sentence before it. */
    private static final Pattern POINTS_ELSEWHERE = Pattern.compile("(?i)^(?:several|many|some|both|others|all|most|another|if|unless)\\b"
            + "|\\b(?:also|there|followed|again|too)\\b");
    /** An event text with a year of its own would give the order away. */
    private static final Pattern ANOTHER_YEAR = Pattern.compile("\\b\\d{4}\\b");

    /** An event the source dates: the date as written, what happened, and the sentence. */
    /** A participle the date completed ("born", "founded", "taken"), left dangling once the date is cut out. */
    private static final Pattern CLOSING_PARTICIPLE = Pattern.compile(
            "(?i)\\b(?:born|\\p{L}{3,}ed|taken|given|written|chosen|begun|driven|broken|fallen|spoken|hidden|sworn)\\s*$");

    record DatedEvent(Mention date, String text, AnalysedSentence sentence) {}

    private record Pair(String left, String right, AnalysedSentence sentence) {}

    private final DocumentVersion version;
    private final Phrasing phrasing;
    private final DocumentProfile profile;
    private final DraftIds ids;

    SetDrafter(Phrasing phrasing, DocumentProfile profile, DraftIds ids) {
        this.version = profile.analysis().version();
        this.phrasing = phrasing;
        this.profile = profile;
        this.ids = ids;
    }

    /**
     * Dated events in chronological order, each clearly after the one before (so the order is not
     * in doubt). Left out: sentences with more than one date (their event is not one), sentences
     * that report what someone later wrote or called it (the date may be the report's, not the
     * event's), and sentences whose event cannot be told in a short whole phrase.
     */
    static List<DatedEvent> datedEvents(DocumentProfile profile, DraftingLanguage language) {
        List<DatedEvent> events = new ArrayList<>();
        AnalysedSentence previous = null;
        for (AnalysedSentence sentence : profile.analysis().sentences()) {
            List<Mention> dates = sentence.mentions().stream().filter(m -> m.kind().isTemporal()).toList();
            PersonReference reference = language.personReference(sentence, previous, profile.personTopic());
            // A date in the sentence's lead-in (a dateline: "COPIAPÓ, Chile, 14 October 2010 —") dates the document, not an event.
            if (sentence.questionable() && (!sentence.needsContext() || reference != null) && dates.size() == 1
                    && dates.get(0).start() >= sentence.range().start() + sentence.leadIn()
                    && sentence.definitions().isEmpty()
                    && !dates.get(0).date().decade() && !language.reportsOtherSources(sentence.text())
                    && !SentenceDrafter.insideQuotation(dates.get(0), sentence) && datesItsEvent(sentence, dates.get(0))) {
                String text = eventText(sentence, dates.get(0), reference);
                if (!text.isBlank()) {
                    events.add(new DatedEvent(dates.get(0), text, sentence));
                }
            } else if (dates.size() == 1) {
                String listed = listedEvent(sentence, dates.get(0));
                if (!listed.isEmpty()) {
                    events.add(new DatedEvent(dates.get(0), listed, sentence));
                }
            }
            previous = sentence;
        }
        events.sort(Comparator.comparing((DatedEvent event) -> event.date().date()).thenComparingInt(e -> e.sentence().index()));
        List<DatedEvent> ordered = new ArrayList<>();
        Set<String> texts = new HashSet<>();
        for (DatedEvent event : events) {
            DatedEvent last = ordered.isEmpty() ? null : ordered.get(ordered.size() - 1);
            boolean after = last == null || last.date().date().clearlyBefore(event.date().date());
            // "1955" then "5 December 1955": their order is in doubt; the one the document dates to the day is kept.
            boolean finer = last != null && !after && last.date().date().month() == 0 && event.date().date().month() != 0
                    && last.date().date().year() == event.date().date().year()
                    && (ordered.size() < 2 || ordered.get(ordered.size() - 2).date().date().clearlyBefore(event.date().date()));
            if (finer && !texts.contains(event.text().toLowerCase(Locale.ROOT))) {
                ordered.set(ordered.size() - 1, event);
                texts.add(event.text().toLowerCase(Locale.ROOT));
            } else if (after && texts.add(event.text().toLowerCase(Locale.ROOT))) {
                ordered.add(event);
            }
        }
        return ordered;
    }

    /**
     * The event of a line in the document's own list of dates ("15 January 1929 – Born in Atlanta, Georgia"), or "": the
     * date opens the line, a dash or a colon follows it, then a short phrase. Such a line is the document's own timeline.
     */
    static String listedEvent(AnalysedSentence sentence, Mention date) {
        Matcher line = LISTED_EVENT.matcher(sentence.text());
        if (!line.matches() || date.start() != sentence.range().start() + line.start("date")
                || date.end() != sentence.range().start() + line.end("date")) {
            return "";
        }
        String event = Texts.clean(line.group("event")).replaceAll("[.;]$", "");
        return wholePhrase(Character.toUpperCase(event.charAt(0)) + event.substring(1));
    }

    /** False for a date that bounds, names or cites rather than dates the event: see {@link #NOT_ITS_DATE}; "(INSAG-1, 1986)". */
    private static boolean datesItsEvent(AnalysedSentence sentence, Mention date) {
        String before = sentence.slice(sentence.range().start(), date.start());
        boolean inParentheses = before.lastIndexOf('(') > before.lastIndexOf(')');
        boolean partOfAName = before.endsWith("the ") && date.kind() == MentionKind.YEAR
                && YEAR_IN_A_NAME.matcher(sentence.slice(date.end(), sentence.range().end())).lookingAt();
        return !inParentheses && !partOfAName && !NOT_ITS_DATE.matcher(before).find();
    }

    /**
     * Cards of key events, the date on the front and what happened on the back ("According to the article, what happened
     * on 14 October 1066?"): what a history deck is made of. Only where the date names one event of the text (no other
     * mention of the same date, or of the same year when only a year is given), and never from a source that takes a side
     * (its events are its claims).
     */
    List<Candidate> eventCards(List<DatedEvent> events) {
        if (profile.reading().hasPointOfView()) {
            return List.of();
        }
        Map<String, Integer> sameDate = new HashMap<>();
        for (AnalysedSentence sentence : profile.analysis().sentences()) {
            sentence.mentions().stream().filter(m -> m.kind().isTemporal() && m.date() != null)
                    .forEach(m -> sameDate.merge(dateKey(m), 1, Integer::sum));
        }
        List<Candidate> candidates = new ArrayList<>();
        for (DatedEvent event : events) {
            // A line of the document's own list of dates ("1948 – Graduates from Morehouse College") has no subject to stand on a card.
            if (sameDate.getOrDefault(dateKey(event.date()), 0) != 1 || !standsOnACard(event.text()) || !event.sentence().questionable()) {
                continue;
            }
            AnalysedSentence sentence = event.sentence();
            String key = "event:" + sentence.index();
            double score = Scoring.score(new Scoring.Signals(ItemKind.FACT_CARD, Target.EVENT, profile.centrality(sentence.index()),
                    event.text().split("\\s+").length, false, false, false));
            String prompt = phrasing.whatHappened(event.date().text(), event.date().date().day() != 0);
            String back = event.text() + ".";
            candidates.add(new Candidate(ItemKind.FACT_CARD, Target.EVENT, score, sentence.index(), sentence.paragraph(), key, key,
                    () -> new FactCard(info(key, prompt, List.of(sentence), score), back)));
        }
        return candidates;
    }

    /**
     * Whether an event reads as a whole fact on a card's back: five words or more, nothing that points to another sentence
     * ("Several were later returned", "the first festival was held there", "the agency followed"), not a condition ("If
     * emissions stay high, ...": a projection is not something that happened).
     */
    private static boolean standsOnACard(String event) {
        return event.split("\\s+").length >= MIN_CARD_WORDS && !POINTS_ELSEWHERE.matcher(event).find();
    }

    /** A date as far as the text gives it: a year stands for every date in it. */
    private static String dateKey(Mention date) {
        return date.date().day() == 0 && date.date().month() == 0 ? String.valueOf(date.date().year())
                : date.date().year() + "-" + date.date().month() + "-" + date.date().day();
    }

    /** Ordering items over consecutive runs of up to five events. */
    List<Candidate> orderings(List<DatedEvent> events) {
        List<Candidate> candidates = new ArrayList<>();
        for (int from = 0; from + MIN_EVENTS <= events.size(); from += MAX_ENTRIES) {
            List<DatedEvent> run = events.subList(from, Math.min(events.size(), from + MAX_ENTRIES));
            String key = "ordering:" + run.get(0).sentence().index();
            double centrality = run.stream().mapToDouble(event -> profile.centrality(event.sentence().index())).average().orElse(0.5);
            double score = Scoring.score(new Scoring.Signals(ItemKind.ORDERING, Target.EVENT_ORDER, centrality, 0, false, false, false));
            candidates.add(new Candidate(ItemKind.ORDERING, Target.EVENT_ORDER, score, -1, -1, key, key, () -> new Ordering(
                    info(key, phrasing.orderEventsPrompt(), run.stream().map(DatedEvent::sentence).toList(), score),
                    entries(run))));
        }
        return candidates;
    }

    /**
     * Matching items of figures to what they count, where the text says it in a whole phrase
     * ("people from Khojaly remain missing"), never from a source that takes a side (that would
     * drill its claims).
     */
    List<Candidate> figureMatchings(DocumentAnalysis analysis) {
        if (profile.reading().hasPointOfView()) {
            return List.of();
        }
        List<Pair> pairs = new ArrayList<>();
        for (AnalysedSentence sentence : analysis.sentences()) {
            if (!sentence.questionable() || sentence.needsContext()) {
                continue;
            }
            for (Mention mention : sentence.mentions()) {
                if (mention.kind() == MentionKind.NUMBER && !mention.ordinal() && !mention.clause().isEmpty()
                        && !profile.isCountedElsewhere(mention)) {
                    pairs.add(new Pair(mention.text(), mention.clause(), sentence));
                }
            }
        }
        return matchings(pairs, "figures", phrasing.matchFiguresPrompt(), Target.FIGURE_MATCH);
    }

    /**
     * Questions that ask for a term from its meaning ("According to the text, which term means “a protein that acts as a
     * biological catalyst”?"), the other options terms the text defines too, of the same number, for the terms whose cards
     * {@code drafted} holds: at most {@code count}, for a lesson whose quiz would otherwise test little of what the text
     * explains. None where the text defines fewer than four terms.
     */
    List<Item> termQuestions(DocumentAnalysis analysis, List<Item> drafted, int count) {
        List<Definition> definitions = analysis.sentences().stream().flatMap(sentence -> sentence.definitions().stream()).toList();
        Set<ItemId> cards = new HashSet<>(drafted.stream().map(Item::id).toList());
        List<Item> questions = new ArrayList<>();
        for (AnalysedSentence sentence : analysis.sentences()) {
            for (Definition definition : sentence.definitions()) {
                String meaning = wholePhrase(Texts.clean(definition.meaningText()));
                // A term the meaning names ("binds to one specific antigen") is ruled out by reading the question.
                List<String> others = definitions.stream().map(other -> other.term().text())
                        .filter(term -> !term.equalsIgnoreCase(definition.term().text()) && term.endsWith("s") == definition.term().text().endsWith("s")
                                && !namedIn(meaning, term))
                        .map(SetDrafter::asTerm).distinct().limit(3).toList();
                boolean theSubject = profile.isMainSubject(definition.term()) // "digestion" in a chapter on digestion
                        || Words.containsWord(profile.analysis().version().metadata().title(), definition.term().text(), false);
                if (questions.size() < count && cards.contains(ids.item("definition:" + definition.term().start())) && !meaning.isEmpty()
                        && others.size() == 3 && !theSubject) {
                    questions.add(termQuestion(definition, meaning, others, sentence));
                }
            }
        }
        return questions;
    }

    /** True when {@code meaning} names {@code term}, singular or plural: "made by lymphocytes" names "lymphocyte". */
    private static boolean namedIn(String meaning, String term) {
        String singular = Distractors.singular(term);
        return Words.containsWord(meaning, singular, false) || Words.containsWord(meaning, singular + "s", false)
                || Words.containsWord(meaning, term, false);
    }

    /** A term as an option shows it: "Enzyme" from the start of a line as "enzyme", "MRSA" and "UHI intensity" as written. */
    private static String asTerm(String term) {
        boolean acronym = term.chars().filter(Character::isUpperCase).count() > 1;
        return acronym ? term : term.toLowerCase(Locale.ROOT);
    }

    private Item termQuestion(Definition definition, String meaning, List<String> others, AnalysedSentence sentence) {
        String key = "term-question:" + definition.term().start();
        String answer = asTerm(definition.term().text());
        List<String> texts = new ArrayList<>(others);
        int correctAt = Math.floorMod(answer.hashCode(), 4);
        texts.add(correctAt, answer);
        List<ChoiceOption> options = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            options.add(new ChoiceOption(OptionId.of(String.valueOf((char) ('a' + i))), texts.get(i), i == correctAt, ""));
        }
        double score = Scoring.score(new Scoring.Signals(ItemKind.SINGLE_CHOICE, Target.DEFINITION, profile.centrality(sentence.index()),
                0, false, false, false));
        String lowerMeaning = Character.toLowerCase(meaning.charAt(0)) + meaning.substring(1);
        return new SingleChoice(info(key, phrasing.whichTermMeans(lowerMeaning), List.of(sentence), score), options);
    }

    /** Matching items of terms to the meanings the source gives them. */
    List<Candidate> termMatchings(DocumentAnalysis analysis) {
        List<Pair> pairs = new ArrayList<>();
        for (AnalysedSentence sentence : analysis.sentences()) {
            for (Definition definition : sentence.definitions()) {
                String meaning = wholePhrase(definition.meaningText());
                if (!meaning.isEmpty()) {
                    pairs.add(new Pair(definition.term().text(), meaning, sentence));
                }
            }
        }
        return matchings(pairs, "terms", phrasing.matchTermsPrompt(), Target.TERM_MATCH);
    }

    private List<Candidate> matchings(List<Pair> pairs, String what, String prompt, Target target) {
        List<Candidate> candidates = new ArrayList<>();
        List<Pair> group = new ArrayList<>();
        for (Pair pair : pairs) {
            if (fitsIn(group, pair)) {
                group.add(pair);
            }
            if (group.size() == MAX_ENTRIES) {
                candidates.add(matching(List.copyOf(group), what, prompt, target));
                group.clear();
            }
        }
        if (group.size() >= MIN_EVENTS) {
            candidates.add(matching(group, what, prompt, target));
        }
        return candidates;
    }

    private Candidate matching(List<Pair> group, String what, String prompt, Target target) {
        String key = "matching:" + what + ":" + group.get(0).sentence().index() + ":" + group.get(0).left();
        double centrality = group.stream().mapToDouble(pair -> profile.centrality(pair.sentence().index())).average().orElse(0.5);
        double score = Scoring.score(new Scoring.Signals(ItemKind.MATCHING, target, centrality, 0, false, false, false));
        List<MatchPair> pairs = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            pairs.add(new MatchPair(OptionId.of("p" + (i + 1)), Texts.clean(group.get(i).left()),
                    Texts.clean(group.get(i).right())));
        }
        List<AnalysedSentence> sentences = group.stream().map(Pair::sentence).distinct().toList();
        return new Candidate(ItemKind.MATCHING, target, score, -1, -1, key, key,
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
        return new ItemInfo(ids.item(key), prompt, Texts.clean(phrasing.sourceSays(feedback)), citations, List.of(),
                ItemStatus.DRAFT, ItemOrigin.DRAFTED, score);
    }

    private static List<OrderEntry> entries(List<DatedEvent> run) {
        List<OrderEntry> entries = new ArrayList<>();
        for (int i = 0; i < run.size(); i++) {
            entries.add(new OrderEntry(OptionId.of("e" + (i + 1)), Texts.clean(run.get(i).text()),
                    Texts.clean(run.get(i).date().text())));
        }
        return entries;
    }

    /**
     * The sentence without its date and the words that introduce it, as a whole phrase of at most
     * {@value #MAX_EVENT_WORDS} words; "" when it cannot be told that shortly without cutting it.
     */
    static String eventText(AnalysedSentence sentence, Mention date, @Nullable PersonReference reference) {
        String before = sentence.slice(sentence.range().start() + sentence.leadIn(), date.start())
                .replaceAll("(?i)(?:\\b(?:in|on|by|since|from|during|until|of|at)\\s+)?(?:the\\s+)?(?:(?:early|late|mid|mid-|spring|summer|autumn|"
                        + "winter|year|the end of|the beginning of|the start of|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\s+)*(?:of\\s+)?$", "");
        String rawAfter = sentence.slice(date.end(), sentence.range().end());
        if (rawAfter.startsWith(",") && CLOSING_PARTICIPLE.matcher(before).find()) {
            return ""; // "Akbar, born in 1542, was thirteen": without its date the aside leaves "born" stranded
        }
        // "left Ireland in 1847 alone": what qualified the date goes with it.
        String after = rawAfter.replaceFirst("^\\s+(?:alone|itself|onwards)\\b", "").replaceFirst("^\\s*,", "");
        String pronoun = reference == null ? "" : sentence.slice(reference.start(), reference.end());
        String joined = (before.strip() + " " + after.strip()).strip();
        if (reference != null) {
            // A card's back or a timeline entry is not a quotation: the name stands without the brackets a prompt would show.
            String name = reference.shown().replace("[", "").replace("]", "");
            joined = joined.replaceFirst("\\b" + pronoun + "\\b", Matcher.quoteReplacement(name));
        }
        String text = Texts.clean(joined)
                .replaceAll("^(?i)(?:but|and|yet|so|then|thus)\\s+", "")
                .replaceFirst("^\\p{Lu}[\\p{L} ]{0,24}:\\s+", "")
                .replaceAll("^[,;:\\s]+|[\\s,;:.]+$", "");
        if (DANGLING.matcher(text).find() || PARTICIPLE_LEFT.matcher(text).find() || SCENE.matcher(text).find()) {
            return "";
        }
        Pattern unresolved = reference == null && !namesAPersonFirst(sentence, text) ? PRONOUN : THING_PRONOUN;
        if (text.isEmpty() || ANOTHER_YEAR.matcher(text).find() || !(Character.isLetter(text.codePointAt(0)) || text.startsWith("["))
                || unresolved.matcher(text).find()) {
            return "";
        }
        return wholePhrase(Character.toUpperCase(text.charAt(0)) + text.substring(1));
    }

    /**
     * True when the event names a person before its first personal pronoun, which then stands for them: "Ada met Charles
     * Babbage at one of his crowded London parties".
     */
    private static boolean namesAPersonFirst(AnalysedSentence sentence, String text) {
        Matcher pronoun = PERSONAL.matcher(text);
        if (!pronoun.find()) {
            return true;
        }
        String before = text.substring(0, pronoun.start());
        return sentence.mentions().stream().anyMatch(mention -> mention.kind() == MentionKind.PERSON && before.contains(mention.text()));
    }

    /** {@code text} without its final full stop when it has at most {@value #MAX_EVENT_WORDS} words; else "" (it is not cut). */
    static String wholePhrase(String text) {
        String stripped = text.strip().replaceAll("[.]$", "");
        return stripped.split("\\s+").length <= MAX_EVENT_WORDS ? stripped : "";
    }
}
