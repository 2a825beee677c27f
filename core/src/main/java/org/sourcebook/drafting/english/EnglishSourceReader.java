package org.sourcebook.drafting.english;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.source.DocumentMetadata;
import org.sourcebook.drafting.AnalysedSentence;
import org.sourcebook.drafting.DocumentAnalysis;
import org.sourcebook.drafting.Mention;
import org.sourcebook.drafting.MentionKind;
import org.sourcebook.drafting.SourceKind;
import org.sourcebook.drafting.SourceReading;
import org.sourcebook.drafting.SourceReading.Cue;

/** Reads an English document as a source: its kind, its judging words, its accusations, the sources it names. */
final class EnglishSourceReader {

    private static final Pattern ANNIVERSARY = Pattern.compile("(?i)\\b(\\d{1,3})(?:st|nd|rd|th)\\s+anniversary\\b");
    /** A news dateline: "BELFAST, May 3 (Reuters) –", "COPIAPÓ, Chile, 14 October 2010 —". */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{L} .'-]{1,40},\\s+(?:\\p{Lu}[\\p{L} .'-]{1,30},\\s+)?(?:(?:\\p{L}+\\s+)?\\p{Lu}\\p{L}+\\.?\\s+\\d{1,2}"
            + "|\\d{1,2}\\s+\\p{Lu}\\p{L}+)(?:,?\\s+\\d{4})?\\s*(?:\\([\\p{L} ]+\\))?\\s*[-–—]");
    /** The writer speaking of themselves. */
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:I|my|me|myself)\\b");
    /** "V = I × R": a text where "I" is a symbol, the current, and says nothing of its writer. */
    private static final Pattern I_IN_A_FORMULA = Pattern.compile("[=×*/]\\s?I\\b|\\bI\\s?[=×*/]");
    private static final Pattern MY = Pattern.compile("\\b(?:my|me|myself)\\b");
    /** A sentence that says what must or should be done: a call in a statement or a speech, often only a remark elsewhere. */
    private static final Pattern DUTY = Pattern.compile(
            "(?i)(?<!\\bI )\\b(?:should|must)\\b(?!\\s+(?:tell|say|admit|confess|add|own|not pretend|have|be)\\b)|\\bneed for\\b");
    /** "that is not how a democratic body should treat people": a verdict on what was done, not a call. */
    private static final Pattern HOW_IT_SHOULD = Pattern.compile("(?i)\\bhow\\b[^.;]*\\b(?:should|must)\\b");
    /** A sentence that plainly asks someone to act, whatever the kind of document. */
    private static final Pattern CALL = Pattern.compile("(?i)\\b(?:calls? (?:on|upon)|urges?|demands? that|(?:we|i) demand|let us|we call|appeal to|"
            + "please (?:donate|give|join|support|help)|we (?:will be |are )?ask(?:ing)? (?:you|our|all|every|the)|join us)\\b"
            + "|^\\s*(?:send|give|join|support|help|write to|remember|let (?:every|all|us|them|it not))\\b");
    /**
     * What someone else argued, said or made of it, reported: "He argued that people must disobey unjust laws" and "writers
     * portrayed them as bloodthirsty" are not the author's judgements.
     */
    private static final Pattern REPORTED = Pattern.compile("(?<=\\b(?:argued|argues|said|says|believed|believes|wrote|writes|claimed|claims|"
            + "insisted|insists|declared|thought|felt|complained|protested|warned)\\s)that\\b[^.;]*"
            + "|\\b(?:portrayed|portray|described|depicted|branded|painted|denounced|dismissed|saw|sees|regarded|viewed)\\b[^.;]{0,40}?\\bas\\b[^.;]*");
    private static final Pattern QUOTATION = Pattern.compile("[“\"][^”\"]*[”\"]|‘[^’]{0,200}’");
    /** "called" as naming, not summoning: "later called the ...", "called it ...". */
    private static final Pattern CALLED_IT = Pattern.compile("\\s+(?:it|them|the|a|an|this|that|[\"“])");
    private static final Pattern VICTIMS = Pattern.compile("(?i)\\b(?:victims?|killed|murder(?:ed|ing)?|massacred?|died|dead|casualties)\\b");
    private static final Pattern DECLARING = Pattern.compile("\\s+(?:therefore\\s+|today\\s+|again\\s+)?(?:marks|calls|demands|urges|condemns|"
            + "welcomes|declares|reiterates|remembers|commemorates|appeals|insists|rejects|deplores)\\b");
    /** Names listed in parentheses after a word for sources: "media reports (Washington Post, the New York Times, ...". */
    private static final Pattern LISTED_SOURCES = Pattern.compile("(?i)\\b(?:reports?|newspapers?|sources?|media|press|studies|surveys)\\s*\\([^)]*$");
    private static final Pattern NUMBERED_MARKER = Pattern.compile("\\[(\\d{1,4})\\]");
    /** A measurement with a unit of science: "4.2 light-years", "30 °C", "12 km". */
    private static final Pattern MEASURE = Pattern.compile("\\d[\\d,.]*\\s?(?:°C|°F|K\\b|km|kg|mm|cm|nm|m\\b|g\\b|ml|litres?|liters?|light-years?|"
            + "kelvin|joules?|watts?|volts?|amps?|hertz|Hz|per cent|%|kilometres|metres|grams|tonnes|seconds|moles?)");
    /** Words of the natural sciences: a text full of them explains how things work, even when it dates its discoveries. */
    private static final Pattern SCIENCE_WORD = Pattern.compile("(?i)\\b(?:bacteri(?:a|um)|cells?|molecules?|atoms?|DNA|genes?|"
            + "enzymes?|proteins?|organisms?|species|viruse?s?|oxygen|carbon dioxide|glucose|chemical|energy|temperatures?|"
            + "photosynthesis|evolution|natural selection|experiments?|laboratory|ecosystems?|particles?|electrons?)\\b");
    /** A line of an interview that asks: "Q: ...", "Interviewer: ...". */
    private static final Pattern QUESTION_LINE = Pattern.compile("(?m)^\\s*(?:Q[:.]\\s|Interviewer:)");
    /** How a speaker opens: "Good evening, everyone", "Ladies and gentlemen", "Friends, brother Chartists". */
    private static final Pattern GREETING = Pattern.compile("^(?:Good (?:morning|afternoon|evening)\\b|(?:Ladies and gentlemen|(?:My )?[Ff]ellow \\p{L}+"
            + "|(?:Dear )?[Ff]riends|Mr\\.? (?:President|Speaker|Chairman)|Madam (?:President|Speaker|Chair)),)");
    /** A newspaper's name: "The Morning Intelligencer", "Daily Herald", "The Times". */
    private static final Pattern NEWSPAPER = Pattern.compile("(?i)\\b(?:times|gazette|herald|chronicle|intelligencer|courier|tribune|"
            + "telegraph|observer|daily|evening post|morning post|evening news|newspaper)\\b");
    /** Words that speak to listeners: a speech says "you" and "friends" where a memoir says "I was". */
    private static final Pattern ADDRESS = Pattern.compile("(?i)\\b(?:you|your|friends|fellow|ladies|gentlemen|brothers|sisters|comrades)\\b");
    private static final Set<String> STREET_WORDS = Set.of("park", "road", "lane", "avenue", "fields", "green", "common", "way", "row",
            "place", "close", "crescent", "terrace", "quay", "wharf", "market");
    /** Judging words used plainly: "illegal logging" names a crime, "dedicated to" a memorial, "noble gases" a chemistry. */
    private static final Pattern PLAIN_USE = Pattern.compile("(?i)(?:illegal(?:ly)?\\s+(?:logging|trade|trading|drugs?|immigra\\w*|fishing|dumping|"
            + "mining|hunting|parking|downloads?|copies)|dedicated\\s+to|noble\\s+gas(?:es)?|criminal\\s+(?:court|trial|law|record|case|justice))\\b");
    private static final Pattern PAST = Pattern.compile("\\b(?:was|were|had)\\b");
    private static final Pattern PRESENT = Pattern.compile("\\b(?:is|are|has|have)\\b");
    private static final Pattern DAY_OF_MONTH = Pattern.compile(
            "(?i)\\b\\d{1,2}(?:st|nd|rd|th)\\s+of\\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\\b");
    /** A diary entry's opening: a line that starts with a weekday or a day of a month ("Monday May 3rd", "May 13th.", "3 June."). */
    private static final Pattern DIARY_ENTRY = Pattern.compile("(?im)^(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\\s+)?"
            + "(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\\s+\\d{1,2}(?:st|nd|rd|th)?"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:january|february|march|april|may|june|july|august|september|october|november|december))(?:,?\\s+\\d{4})?[.,]");
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:[-'’]\\p{L}+)*");
    private static final Pattern ARTICLE_NOUN = Pattern.compile("\\b(?:the|a|an)\\s+(\\p{Ll}+)\\b"
            + "(?=\\s*[,.;:]|\\s+(?:of|in|on|at|to|and|was|were|is|are|had|has|by|for|from|with)\\b)");

    private EnglishSourceReader() {}

    static SourceReading read(DocumentAnalysis analysis) {
        List<AnalysedSentence> sentences = analysis.sentences().stream().filter(AnalysedSentence::questionable).toList();
        // Short sentences judge too: "Again, this is false."
        List<Cue> judgements = judgements(analysis.sentences().stream()
                .filter(sentence -> sentence.questionable() || sentence.wordCount() < 5 && sentence.text().strip().matches("(?s).*\\p{Ll}[.!]$"))
                .toList());
        Set<Integer> claims = new LinkedHashSet<>();
        Set<Integer> calls = new LinkedHashSet<>();
        Set<Integer> duties = new LinkedHashSet<>();
        for (AnalysedSentence sentence : sentences) {
            String own = ownWords(sentence.text());
            if (containsAny(own, EnglishLexicon.ACCUSATIONS) || containsAny(own, EnglishLexicon.EVALUATIVE)) {
                claims.add(sentence.index());
            }
            if (CALL.matcher(own).find()) {
                calls.add(sentence.index());
            } else if (DUTY.matcher(own).find() && !HOW_IT_SHOULD.matcher(own).find()) {
                duties.add(sentence.index());
            }
        }
        int markers = countMarkers(analysis.version().text());
        Set<Integer> either = new LinkedHashSet<>(calls);
        either.addAll(duties);
        SourceKind kind = kind(analysis, sentences, judgements, either, markers);
        // Plain calls first, then what "must" or "should" be done (a call only where the kind argues); the later first,
        // as a text usually ends on what it asks for.
        List<Integer> ordered = new ArrayList<>(calls.stream().sorted(java.util.Comparator.reverseOrder()).toList());
        if (kind == SourceKind.STATEMENT || kind == SourceKind.SPEECH) {
            duties.stream().sorted(java.util.Comparator.reverseOrder()).forEach(ordered::add);
        }
        return new SourceReading(kind, judgements, describingWords(sentences), claims, namedSources(sentences, analysis.version().metadata().title()), ordered,
                selfDate(analysis.version().metadata().title(), analysis.sentences()), markers,
                VICTIMS.matcher(analysis.version().text()).find(), speaker(sentences),
                (int) sentences.stream().flatMap(sentence -> sentence.mentions().stream()).filter(m -> m.kind().isTemporal()).count(),
                quotations(sentences), (int) (MEASURE.matcher(analysis.version().text()).results().count()
                        + SCIENCE_WORD.matcher(analysis.version().text()).results().count() / 2));
    }

    /** Quotations of four words or more given as someone's words: a verb of saying or a colon in the same sentence. */
    private static int quotations(List<AnalysedSentence> sentences) {
        int quotations = 0;
        for (AnalysedSentence sentence : sentences) {
            Matcher quote = QUOTATION.matcher(sentence.text());
            while (quote.find()) {
                boolean longEnough = quote.group().split("\\s+").length >= 4;
                boolean spoken = containsAny(ownWords(sentence.text()), EnglishLexicon.SPEECH_VERBS)
                        || sentence.text().substring(0, quote.start()).stripTrailing().endsWith(":");
                quotations += longEnough && spoken ? 1 : 0;
            }
        }
        return quotations;
    }

    private static List<Cue> judgements(List<AnalysedSentence> sentences) {
        Map<String, Cue> found = new LinkedHashMap<>();
        for (AnalysedSentence sentence : sentences) {
            String own = ownWords(sentence.text());
            Matcher word = WORD.matcher(own);
            while (word.find()) {
                String lower = word.group().toLowerCase(Locale.ROOT);
                boolean partOfName = Character.isUpperCase(word.group().codePointAt(0)) && word.start() > 0;
                boolean plain = PLAIN_USE.matcher(own).region(word.start(), own.length()).lookingAt();
                if (EnglishLexicon.EVALUATIVE.contains(lower) && !partOfName && !plain) {
                    found.putIfAbsent(lower, new Cue(lower, sentence.index()));
                }
            }
        }
        return List.copyOf(found.values());
    }

    /**
     * People, organisations and publications named where the text reports what others say or
     * found ("what the Human Rights Watch later called", "documented by ... (Washington Post)").
     */
    /** "Hollins Park", "Eastway Road": a place, whatever the words around it, is no source. */
    private static boolean namesAPlace(String name) {
        String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return EnglishLexicon.PLACE_WORDS.contains(last) || STREET_WORDS.contains(last);
    }

    private static List<Cue> namedSources(List<AnalysedSentence> sentences, String title) {
        Map<String, Cue> found = new LinkedHashMap<>();
        for (AnalysedSentence sentence : sentences) {
            if (!reportsOtherSources(sentence.text())) {
                continue;
            }
            for (Mention mention : sentence.mentions()) {
                boolean source = (mention.kind() == MentionKind.ORGANISATION || mention.kind() == MentionKind.PERSON)
                        && nearReporting(sentence, mention) && !inTitle(title, mention.text())
                        && (mention.text().contains(" ") || mention.text().length() > 1 && mention.text().equals(mention.text().toUpperCase(Locale.ROOT)))
                        && !EnglishLanguage.insideLongerName(mention, sentence) && !namesAPlace(mention.text());
                if (source) {
                    found.putIfAbsent(mention.text().toLowerCase(Locale.ROOT), new Cue(mention.text(), sentence.index()));
                }
            }
        }
        return List.copyOf(found.values());
    }

    /**
     * The organisation a statement speaks for: one named as the subject of a declaring verb
     * ("The Athens Council for the Parthenon Sculptures marks this anniversary ...").
     */
    private static @Nullable String speaker(List<AnalysedSentence> sentences) {
        for (AnalysedSentence sentence : sentences) {
            for (Mention mention : sentence.mentions()) {
                if (mention.kind() == MentionKind.ORGANISATION) {
                    String after = sentence.text().substring(mention.end() - sentence.range().start());
                    if (DECLARING.matcher(after).lookingAt()) {
                        return mention.text();
                    }
                }
            }
        }
        return null;
    }

    /**
     * True when a reporting word follows {@code mention} within eight words ("X later called"), or "according to" (or, for
     * a body, "by" or "from") stands right before it. A person is a source only for what they say or write: a scientist
     * who "found" or "described" something, or a historical figure something was done "by", is what the text is about.
     */
    private static boolean nearReporting(AnalysedSentence sentence, Mention mention) {
        int from = mention.start() - sentence.range().start();
        int to = mention.end() - sentence.range().start();
        String before = sentence.text().substring(0, from).toLowerCase(Locale.ROOT);
        String after = sentence.text().substring(to).toLowerCase(Locale.ROOT);
        boolean person = mention.kind() == MentionKind.PERSON;
        if (before.matches(person ? "(?s).*\\baccording to\\s+$" : "(?s).*\\b(?:according to|by|from)\\s+(?:the\\s+)?$")
                || !person && LISTED_SOURCES.matcher(before).find()) {
            return true;
        }
        Set<String> verbs = person ? EnglishLexicon.SPEECH_VERBS : EnglishLexicon.SOURCE_VERBS;
        Matcher word = WORD.matcher(after);
        for (int i = 0; i < 8 && word.find(); i++) {
            boolean reports = verbs.contains(word.group())
                    && !(word.group().equals("called") && !CALLED_IT.matcher(after.substring(word.end())).lookingAt());
            if (reports) {
                return true;
            }
        }
        return false;
    }

    /** True when a word of {@code name} stands in the title: the document is about it, it is not its source. */
    private static boolean inTitle(String title, String name) {
        Set<String> titleWords = new java.util.HashSet<>(List.of(title.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")));
        return java.util.Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                .anyMatch(word -> word.length() >= 4 && titleWords.contains(word));
    }

    static boolean reportsOtherSources(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        if (lower.contains("according to")) {
            return true;
        }
        Matcher word = WORD.matcher(lower);
        while (word.find()) {
            if (EnglishLexicon.REPORTING.contains(word.group())) {
                return true;
            }
        }
        return false;
    }

    /** The year the text dates itself to: its title or a sentence marks the n-th anniversary of the first year it gives. */
    private static SourceReading.@Nullable SelfDate selfDate(String title, List<AnalysedSentence> sentences) {
        for (AnalysedSentence sentence : sentences) {
            Matcher anniversary = ANNIVERSARY.matcher(sentence.text());
            if (!anniversary.find()) {
                anniversary = ANNIVERSARY.matcher(sentence.index() == 0 ? title : "");
            }
            if (anniversary.find(0)) {
                Integer year = eventYear(sentences);
                if (year != null) {
                    return new SourceReading.SelfDate(year + Integer.parseInt(anniversary.group(1)), sentence.index(),
                            anniversary.group());
                }
            }
        }
        return null;
    }

    /** The year of the event the document is about: the first year it gives. */
    private static @Nullable Integer eventYear(List<AnalysedSentence> sentences) {
        return sentences.stream().flatMap(sentence -> sentence.mentions().stream())
                .filter(mention -> mention.kind().isTemporal() && !mention.date().decade())
                .map(mention -> mention.date().year())
                .findFirst().orElse(null);
    }

    private static SourceKind kind(DocumentAnalysis analysis, List<AnalysedSentence> sentences, List<Cue> judgements,
            Set<Integer> calls, int markers) {
        String text = analysis.version().text();
        SourceKind declared = declaredKind(analysis.version().metadata(), text);
        if (declared != null) {
            return declared;
        }
        int words = Math.max(1, text.split("\\s+").length);
        long firstPerson = (I_IN_A_FORMULA.matcher(text).find() ? MY : FIRST_PERSON).matcher(text).results().count();
        if (markers >= 3 || text.contains("[edit]")) {
            return SourceKind.ENCYCLOPEDIA;
        }
        if (!sentences.isEmpty() && DATELINE.matcher(sentences.get(0).text()).find()) {
            return SourceKind.NEWS;
        }
        long pastTense = PAST.matcher(text).results().count();
        long presentTense = PRESENT.matcher(text).results().count();
        if (QUESTION_LINE.matcher(text).results().count() >= 4) {
            return SourceKind.INTERVIEW; // "Q: What did you eat up there?"
        }
        if (GREETING.matcher(firstSentence(sentences)).find()) {
            return SourceKind.SPEECH;
        }
        if (firstPerson * 1000 / words >= 8) {
            return inTheFirstPerson(text, words, pastTense, presentTense);
        }
        if (judgements.size() >= 2 && !calls.isEmpty() && presentTense * 2 >= pastTense) {
            return SourceKind.STATEMENT;
        }
        long definitions = sentences.stream().filter(sentence -> !sentence.definitions().isEmpty()).count();
        long years = sentences.stream().flatMap(sentence -> sentence.mentions().stream()).filter(m -> m.kind().isTemporal()).count();
        long measures = MEASURE.matcher(text).results().count();
        if (definitions >= 2 && definitions * 3 >= years || measures >= 5 && measures * 2 >= years) {
            return SourceKind.TEXTBOOK;
        }
        if (isBiography(text)) {
            return SourceKind.BIOGRAPHY;
        }
        if (presentTense > pastTense && measures >= 2) {
            return SourceKind.TEXTBOOK;
        }
        boolean narrative = pastTense * 100 / words >= 2 && (years >= 1 || DAY_OF_MONTH.matcher(text).results().count() >= 3);
        return years >= 4 || narrative ? SourceKind.HISTORY : definitions >= 1 ? SourceKind.TEXTBOOK : SourceKind.GENERAL;
    }

    /**
     * The kind a document says it is: in its title, its notes or publisher, or the short lines at its head ("PRESS
     * STATEMENT"), or a newspaper's name as its publisher; null when it does not say.
     */
    private static @Nullable SourceKind declaredKind(DocumentMetadata metadata, String text) {
        List<String> descriptions = List.of(nonNull(metadata.title()), opening(nonNull(metadata.notes())) + " " + nonNull(metadata.publisher()),
                headings(text));
        for (String described : descriptions) {
            SourceKind declared = declaredKind(described.toLowerCase(Locale.ROOT));
            if (declared != null) {
                return declared;
            }
        }
        return metadata.publisher() != null && NEWSPAPER.matcher(metadata.publisher()).find() ? SourceKind.NEWS : null;
    }

    /** A text in its writer's own voice: a diary by its dated entries, a letter by its greeting, a speech or a memoir by tense. */
    private static SourceKind inTheFirstPerson(String text, int words, long pastTense, long presentTense) {
        if (DIARY_ENTRY.matcher(text).results().count() >= 3) {
            return SourceKind.DIARY;
        }
        if (text.strip().matches("(?s)^(?:#.*?\\n+)?(?:\\*.*?\\n+)?Dear\\b.*")) {
            return SourceKind.LETTER;
        }
        // A speech talks to its listeners about now; a memoir tells the writer's past.
        boolean addressed = ADDRESS.matcher(text).results().count() * 1000 / words >= 8;
        return pastTense > 2 * presentTense && !addressed ? SourceKind.MEMOIR : SourceKind.SPEECH;
    }


    /** The first sentence of the text's own words. */
    private static String firstSentence(List<AnalysedSentence> sentences) {
        return sentences.isEmpty() ? "" : sentences.get(0).text().strip();
    }

    /**
     * The short lines at the head of a text, where a document often says what it is ("PRESS STATEMENT",
     * "(FROM OUR OWN CORRESPONDENT.)"), joined; lines of running text are left out.
     */
    private static String headings(String text) {
        return text.lines().limit(12).map(String::strip).filter(line -> !line.isEmpty() && line.split("\\s+").length <= 6)
                .collect(java.util.stream.Collectors.joining(" | "));
    }

    /** The first eight words of a description: "A statement published for ...", before it goes on about other things. */
    private static String opening(String notes) {
        String[] words = notes.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(8, words.length)));
    }

    private static @Nullable SourceKind declaredKind(String described) {
        if (described.matches("(?s).*\\b(?:statement|declaration|press release|communiqu[eé]|appeal|proclamation)\\b.*")) {
            return SourceKind.STATEMENT;
        }
        if (described.matches("(?s).*\\b(?:speech|address|remarks|oration|sermon)\\b.*")) {
            return SourceKind.SPEECH;
        }
        if (described.matches("(?s).*\\b(?:diary|diaries)\\b.*") || described.matches("(?s).*\\b(?:his|her|my|the|a) journal\\b(?! of (?:the )?"
                + "(?:american|british|royal|applied|international|european|national|modern|medical|clinical|experimental|science)).*")) {
            return SourceKind.DIARY;
        }
        if (described.matches("(?s).*\\b(?:interview|interviews|in conversation with|q ?& ?a)\\b.*")) {
            return SourceKind.INTERVIEW;
        }
        if (described.matches("(?s).*\\b(?:memoirs?|autobiography|recollections|reminiscences)\\b.*")) {
            return SourceKind.MEMOIR;
        }
        if (described.matches("(?s).*\\bletters?\\b.*")) {
            return SourceKind.LETTER;
        }
        if (described.matches("(?s).*\\b(?:visitors?|panel|leaflet|brochure|exhibition|catalogue|catalog|museum|heritage|guidebook)\\b.*")) {
            return SourceKind.HERITAGE;
        }
        if (described.matches("(?s).*\\b(?:encyclopedia|encyclopaedia|wikipedia)\\b.*")) {
            return SourceKind.ENCYCLOPEDIA;
        }
        if (described.matches("(?s).*\\b(?:annual report|report of the|activity report|impact report|programme report|progress report"
                + "|summary report|report summary)\\b.*") || described.matches("(?s).*\\breport\\b.*") && !described.contains("news")) {
            return SourceKind.REPORT;
        }
        if (described.matches("(?s).*\\b(?:news|newspaper|news agency|wire report|wire service|press agency|(?:our|special|own) correspondent)\\b.*")) {
            return SourceKind.NEWS;
        }
        if (described.matches("(?s).*\\b(?:history of|school history|histories)\\b.*")) {
            return SourceKind.HISTORY;
        }
        if (described.matches("(?s).*\\b(?:biography|life of)\\b.*")) {
            return SourceKind.BIOGRAPHY;
        }
        if (described.matches("(?s).*\\b(?:textbook|science|scientific|educational)\\b.*")) {
            return SourceKind.TEXTBOOK;
        }
        return null;
    }

    private static boolean isBiography(String text) {
        String opening = text.substring(0, Math.min(text.length(), 1200)).toLowerCase(Locale.ROOT);
        return opening.matches("(?s).*\\b(?:was born|born (?:on|in)|\\(\\s*(?:born|b\\.)|\\(\\d{1,2}\\s+\\p{L}+\\s+\\d{4}\\s*[–-]|\\(\\d{4}\\s*[–-]\\s*\\d{4}\\)).*");
    }

    /** The sentence without what it quotes: the words that are the author's own. */
    static String ownWords(String sentence) {
        return REPORTED.matcher(QUOTATION.matcher(sentence).replaceAll(" ")).replaceAll(" ");
    }

    private static boolean containsAny(String text, Set<String> words) {
        Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (word.find()) {
            if (words.contains(word.group())) {
                return true;
            }
        }
        return false;
    }

    /** How many numbered references the text points to: its distinct numbers in brackets ("[12]"), not edit links or notes. */
    private static int countMarkers(String text) {
        return (int) NUMBERED_MARKER.matcher(text).results().map(result -> result.group(1)).distinct().count();
    }

    private static String nonNull(@Nullable String value) {
        return value == null ? "" : value;
    }

    /**
     * Nouns the author uses to describe, not to judge ("town", "region"), most frequent first, then
     * the plain adjectives and adverbs it uses ("northern", "slowly"): the wrong options of a
     * question that asks which words judge.
     */
    private static List<String> describingWords(List<AnalysedSentence> sentences) {
        Map<String, Integer> nouns = new LinkedHashMap<>();
        Map<String, Integer> modifiers = new LinkedHashMap<>();
        for (AnalysedSentence sentence : sentences) {
            String own = ownWords(sentence.text());
            Matcher noun = ARTICLE_NOUN.matcher(own);
            while (noun.find()) {
                String word = noun.group(1);
                boolean describing = word.length() >= 4 && word.length() <= 12 && !word.endsWith("ly")
                        && !EnglishLexicon.isStopWord(word) && !EnglishLexicon.EVALUATIVE.contains(word)
                        && !EnglishLexicon.ACCUSATIONS.contains(word) && EnglishLexicon.wordClass(word) == EnglishLexicon.WordClass.NOUN;
                if (describing) {
                    nouns.merge(word, 1, Integer::sum);
                }
            }
            Matcher word = WORD.matcher(own);
            while (word.find()) {
                boolean plain = Character.isLowerCase(word.group().codePointAt(0)) && !EnglishLexicon.EVALUATIVE.contains(word.group());
                if (plain && EnglishLexicon.wordClass(word.group()) != EnglishLexicon.WordClass.NOUN) {
                    modifiers.merge(word.group(), 1, Integer::sum);
                }
            }
        }
        return Stream.concat(byCount(nouns).stream(), byCount(modifiers).stream()).toList();
    }

    private static List<String> byCount(Map<String, Integer> counts) {
        List<String> words = new ArrayList<>(counts.keySet());
        words.sort((a, b) -> counts.get(b) - counts.get(a));
        return words;
    }
}
