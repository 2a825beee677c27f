package org.sourcebook.drafting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the engine knows about a document as a whole: how it reads as a source, what it is mainly
 * about (a gap on its main subject is guessed, not learnt), how central each sentence is, and how
 * often each answer appears.
 */
final class DocumentProfile {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’\\-]*");

    /** A year is the document's own when it has at least this many of its dates and this share of them. */
    private static final int MAIN_YEAR_MENTIONS = 5;
    private static final double MAIN_YEAR_SHARE = 0.3;

    private final DocumentAnalysis analysis;
    private final SourceReading reading;
    private final Set<String> mainSubjects;
    private final @Nullable String topic;
    private final @Nullable Mention personTopic;
    private final double[] centrality;
    private final int words;
    private final int mainYear;
    private final Map<String, Integer> countedHeads = new HashMap<>();
    private final Map<String, Integer> countVerbs = new HashMap<>();

    DocumentProfile(DocumentAnalysis analysis, SourceReading reading, Predicate<String> functionWord) {
        this.analysis = analysis;
        this.reading = reading;
        this.mainSubjects = mainSubjects(analysis);
        if (reading.speaker() != null) {
            mainSubjects.add(Distractors.key(reading.speaker()));
        }
        this.topic = topic(analysis, mainSubjects);
        this.personTopic = analysis.sentences().stream().flatMap(sentence -> sentence.mentions().stream())
                .filter(mention -> mention.kind() == MentionKind.PERSON && mention.text().equals(topic)).findFirst().orElse(null);
        this.centrality = centrality(analysis, functionWord);
        analysis.sentences().stream().filter(AnalysedSentence::questionable).flatMap(sentence -> sentence.mentions().stream())
                .filter(mention -> mention.kind() == MentionKind.NUMBER && !mention.counted().isEmpty())
                .forEach(mention -> {
                    countedHeads.merge(countedHead(mention), 1, Integer::sum);
                    if (!mention.clause().isEmpty()) {
                        countVerbs.merge(lastWord(mention.clause()), 1, Integer::sum);
                    }
                });
        this.words = analysis.sentences().stream().filter(AnalysedSentence::questionable).mapToInt(AnalysedSentence::wordCount).sum();
        this.mainYear = mainYear(analysis);
    }

    /** The year most of the document's dates fall in ("1956" in an article on the Suez Crisis), or 0 when none does. */
    static int mainYear(DocumentAnalysis analysis) {
        Map<Integer, Integer> years = new HashMap<>();
        analysis.sentences().stream().filter(AnalysedSentence::questionable).flatMap(sentence -> sentence.mentions().stream())
                .filter(mention -> mention.kind().isTemporal() && mention.date() != null && !mention.date().decade())
                .forEach(mention -> years.merge(mention.date().year(), 1, Integer::sum));
        int all = years.values().stream().mapToInt(Integer::intValue).sum();
        return years.entrySet().stream().filter(entry -> entry.getValue() >= MAIN_YEAR_MENTIONS && entry.getValue() >= all * MAIN_YEAR_SHARE)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
    }

    DocumentAnalysis analysis() {
        return analysis;
    }

    SourceReading reading() {
        return reading;
    }

    /** Words of content the document has (headings, references and page furniture left out). */
    int words() {
        return words;
    }

    /**
     * True when {@code mention} names what the document is mainly about: a name of its title, or
     * by far its most frequent name. Asking for it tests guessing, not reading.
     */
    boolean isMainSubject(Mention mention) {
        if (mention.kind() == MentionKind.YEAR) {
            return mention.date() != null && !mention.date().decade() && mention.date().year() == mainYear;
        }
        if (!mention.kind().isName() && mention.kind() != MentionKind.TERM) {
            return false;
        }
        String key = Distractors.key(mention.text());
        if (mainSubjects.contains(key)) {
            return true;
        }
        for (String word : key.split("[^\\p{L}\\d]+")) {
            if (word.length() >= 4 && mainSubjects.contains(word) && mention.kind() == MentionKind.PERSON) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when another figure of the document counts the same thing or the same event ("487
     * people were wounded", "423 civilians were wounded"): "how many were wounded?" would then be
     * ambiguous, so the figure is asked only in its sentence.
     */
    boolean isCountedElsewhere(Mention number) {
        return countedHeads.getOrDefault(countedHead(number), 0) > 1
                || !number.clause().isEmpty() && countVerbs.getOrDefault(lastWord(number.clause()), 0) > 1;
    }

    private static String countedHead(Mention number) {
        String head = lastWord(number.counted());
        return head.endsWith("s") && head.length() > 3 ? head.substring(0, head.length() - 1) : head;
    }

    private static String lastWord(String text) {
        String[] words = text.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return words[words.length - 1];
    }

    /** The document's main subject as it writes it (the most frequent of its main subjects), or null. */
    @Nullable String topic() {
        return topic;
    }

    /** The person the document is about (its most frequent main subject, when that is a person), or null. */
    @Nullable Mention personTopic() {
        return personTopic;
    }

    /** How central sentence {@code index} is to the document, from 0 (least) to 1 (most), by rank. */
    double centrality(int index) {
        return index >= 0 && index < centrality.length ? centrality[index] : 0.5;
    }

    /** True when the sentence accuses or passes a verdict in a document that takes a side. */
    boolean isClaim(int sentence) {
        return reading.hasPointOfView() && reading.claimSentences().contains(sentence);
    }

    private static @Nullable String topic(DocumentAnalysis analysis, Set<String> subjects) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> spelling = new HashMap<>();
        for (AnalysedSentence sentence : analysis.sentences()) {
            for (Mention mention : sentence.mentions()) {
                String key = Distractors.key(mention.text());
                if (mention.kind().isName() && subjects.contains(key)) {
                    counts.merge(key, 1, Integer::sum);
                    spelling.putIfAbsent(key, mention.text());
                }
            }
        }
        return counts.keySet().stream().max(java.util.Comparator.comparing((String key) -> counts.get(key)).thenComparing(key -> key))
                .map(spelling::get).orElse(null);
    }

    /**
     * The names in the title; a name mentioned at least four times and twice as often as any other
     * (the person of a biography); names among the three most frequent that the text repeats at
     * least once every 150 words (the parties of a statement about a conflict); for a person, the
     * surname too. A gap on one of them is guessed, not learnt.
     */
    private static Set<String> mainSubjects(DocumentAnalysis analysis) {
        Map<String, Integer> counts = new HashMap<>();
        Set<String> subjects = new HashSet<>();
        String title = analysis.version().metadata().title().toLowerCase(Locale.ROOT);
        for (AnalysedSentence sentence : analysis.sentences()) {
            for (Mention mention : sentence.mentions()) {
                if (mention.kind().isName()) {
                    String key = Distractors.key(mention.text());
                    counts.merge(key, 1, Integer::sum);
                    if (Words.containsWord(title, key, false)) {
                        subjects.add(key);
                    }
                }
            }
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort((a, b) -> b.getValue() - a.getValue());
        int words = analysis.sentences().stream().filter(AnalysedSentence::questionable).mapToInt(AnalysedSentence::wordCount).sum();
        if (!ranked.isEmpty()) {
            int top = ranked.get(0).getValue();
            int second = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
            if (top >= 4 && top >= 2 * second) {
                subjects.add(ranked.get(0).getKey());
            }
        }
        ranked.stream().limit(3).filter(entry -> entry.getValue() >= Math.max(5, words / 150)).forEach(entry -> subjects.add(entry.getKey()));
        Set<String> surnames = new HashSet<>();
        subjects.forEach(subject -> {
            int space = subject.lastIndexOf(' ');
            if (space > 0) {
                surnames.add(subject.substring(space + 1));
            }
        });
        subjects.addAll(surnames);
        return subjects;
    }

    /**
     * Sentence centrality: how much of the document's vocabulary a sentence shares (words the text
     * repeats, and the title's words), with a lift for the opening paragraph (a lead sums up what
     * matters) and for the first sentence of each paragraph; turned into ranks so that it reads 0 to 1.
     */
    private static double[] centrality(DocumentAnalysis analysis, Predicate<String> functionWord) {
        List<AnalysedSentence> sentences = analysis.sentences();
        Map<String, Integer> frequency = new HashMap<>();
        List<List<String>> contentWords = new ArrayList<>();
        for (AnalysedSentence sentence : sentences) {
            List<String> content = sentence.questionable() ? contentWords(sentence.text(), functionWord) : List.of();
            contentWords.add(content);
            new HashSet<>(content).forEach(word -> frequency.merge(word, 1, Integer::sum));
        }
        Set<String> titleWords = new HashSet<>(contentWords(analysis.version().metadata().title(), functionWord));
        double[] raw = new double[sentences.size()];
        int previousParagraph = -1;
        int firstQuestionable = -1;
        for (int i = 0; i < sentences.size(); i++) {
            AnalysedSentence sentence = sentences.get(i);
            List<String> content = contentWords.get(i);
            if (content.isEmpty()) {
                raw[i] = -1;
                continue;
            }
            double sum = 0;
            for (String word : new HashSet<>(content)) {
                int seen = frequency.getOrDefault(word, 1);
                sum += Math.log(seen) + (titleWords.contains(word) ? 1.0 : 0);
            }
            double score = sum / Math.sqrt(content.size() + 4.0);
            firstQuestionable = firstQuestionable < 0 ? i : firstQuestionable;
            boolean opensParagraph = sentence.paragraph() != previousParagraph;
            boolean lead = sentence.paragraph() == sentences.get(firstQuestionable).paragraph();
            score += (i == firstQuestionable ? 0.6 : opensParagraph ? 0.3 : 0) + (lead ? 0.4 : 0);
            raw[i] = score;
            previousParagraph = sentence.paragraph();
        }
        return ranks(raw);
    }

    private static List<String> contentWords(String text, Predicate<String> functionWord) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            String lower = word.group().toLowerCase(Locale.ROOT);
            if (lower.length() >= 3 && !functionWord.test(lower)) {
                words.add(lower.endsWith("s") && lower.length() > 4 ? lower.substring(0, lower.length() - 1) : lower);
            }
        }
        return words;
    }

    private static double[] ranks(double[] raw) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] >= 0) {
                order.add(i);
            }
        }
        order.sort((a, b) -> Double.compare(raw[a], raw[b]));
        double[] ranked = new double[raw.length];
        for (int rank = 0; rank < order.size(); rank++) {
            ranked[order.get(rank)] = order.size() == 1 ? 1 : (double) rank / (order.size() - 1);
        }
        return ranked;
    }
}
