package org.sourcebook.drafting.english;

import org.sourcebook.content.source.Furniture;
import org.sourcebook.drafting.AnalysedSentence;
import org.sourcebook.drafting.DateKey;
import org.sourcebook.drafting.DocumentAnalysis;
import org.sourcebook.drafting.DraftChecks;
import org.sourcebook.drafting.DraftingLanguage;
import org.sourcebook.drafting.Mention;
import org.sourcebook.drafting.MentionKind;
import org.sourcebook.drafting.PersonReference;
import org.sourcebook.drafting.Phrasing;
import org.sourcebook.drafting.Reason;
import org.sourcebook.drafting.SourceKind;
import org.sourcebook.drafting.SourceReading;
import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.stream.Stream;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.TextRange;

/** Drafting rules for English documents. */
public final class EnglishLanguage implements DraftingLanguage {

    private static final Pattern MULTIPLIER = Pattern.compile("\\s+(thousand|million|billion|trillion)$");
    private static final Pattern MONTH = Pattern.compile("\\p{Lu}\\p{Ll}+\\.?");
    /** What a number counts that makes it trivia: "ten times as great", "the two sides". */
    /** A name that owns the next capitalised word is part of a longer name: "St Paul's Cathedral", "Guy's Hospital". */
    private static final Pattern POSSESSIVE_NAME = Pattern.compile("['’]s\\s+\\p{Lu}");
    /** ... and the name it owns is the other half of it: "St Paul's _____". */
    private static final Pattern OWNED_NAME = Pattern.compile("\\p{Lu}\\p{L}*['’]s\\s+$");
    private static final Pattern ORDINAL_FIGURE = Pattern.compile("\\b(\\d{1,4})(?:st|nd|rd|th)\\b");
    /** "Starch is a useful store because it is insoluble.", "... closed due to flooding", "... so that ...": no question, no second clause. */
    private static final Pattern BECAUSE = Pattern.compile("(?<fact>\\p{Lu}[^;:?!]{15,200}?),?\\s+(?<connective>because(?:\\s+of)?|due to|"
            + "owing to|as a result of|so that)\\s+(?<reason>[^;:?!]{8,200}?)[.!]?");
    /** "..., mainly because": the adverb belongs to the reason. */
    private static final Pattern ADVERB_AT_END = Pattern.compile(",?\\s+(?<adverb>partly|mainly|largely|chiefly|probably|perhaps|simply|"
            + "only|just|in part|precisely|exactly|above all)$");
    /** A fact cut after a conjunction ("... inside the Soviet zone, but because ..."): no clause to stand alone. */
    private static final Pattern CUT_AT_END = Pattern.compile("(?i)[,\\s](?:but|and|or|so|yet|not|which|that|who)$");
    /** Where a second thought starts after the reason: "because the water comes in petrol cans, but it is hot". */
    private static final Pattern REASON_ENDS = Pattern.compile(",\\s+(?:but|although|though|while|whereas|and so)\\s+"
            + "|,\\s+and\\s+(?=(?:it|they|he|she|this|there|the|its|their)\\b)");
    /** Words of a finding or an announcement, and of a private event in a life: the date beside them is seldom the point. */
    private static final Pattern INCIDENT = Pattern.compile("(?i)\\b(?:announced|reported|published|described scientifically|"
            + "first described|a (?:survey|report|study|paper|review)|married|remarried|his (?:second |first )?wife|her husband"
            + "|(?:first )?proposed|since (?:\\d{4}|the (?:early |late |mid-)?\\d{4}s))\\b");
    private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{L}+)");
    private static final Pattern MOMENT = Pattern.compile("(?i)(?:minutes?|seconds?|hours?)\\b");
    /** A fact in someone's own voice or already attributed: "we will build", "according to a popular story". */
    private static final Pattern NOT_A_FACT = Pattern.compile("(?i)\\b(?:I|we|our|us|my|you|your|according to)\\b");
    private static final Pattern MODAL = Pattern.compile("\\b(?:could|would|might|may|can|will|should|shall)\\b");
    /** Verbs that open an instruction: "Wash your hands ... so that", "Send socks ... so that". */
    private static final Set<String> IMPERATIVES = Set.of("send", "wash", "keep", "divide", "use", "take", "make", "add", "put", "give",
            "let", "do", "don't", "remember", "check", "ask", "tell", "write", "read", "note", "measure", "record", "choose", "avoid",
            "try", "either", "always", "never", "please", "look", "find", "compare", "explain", "describe");
    /** A reason that only points back: "because of this", "because it did". */
    private static final Pattern LEANING_REASON = Pattern.compile("(?i)(?:of\\s+)?(?:this|that|these|those|it did|they did)\\b");
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");
    private static final Pattern MONTH_NAME = Pattern.compile("(?i)\\b(?:" + String.join("|", MONTHS) + "|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\b");
    private static final List<String> TENS = List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
    private static final List<String> UNIT_ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth");
    /** "fifth", "twenty-fifth", "twenty fifth"; a round "twentieth" is left out (rare in titles, and easily misread). */
    private static final Pattern ORDINAL_WORD = Pattern.compile("\\b(?:(?<tens>" + String.join("|", TENS) + ")[- ])?(?<unit>"
            + String.join("|", UNIT_ORDINALS) + ")\\b");
    private static final Set<String> TRIVIAL_COUNTS = Set.of("times", "time", "ways", "way", "sides", "side", "kinds", "kind", "types",
            "type", "parts", "part", "things", "thing", "others", "ones", "of", "occasions", "points", "steps", "reasons", "aspects",
            "o'clock", "o’clock");
    private static final Pattern INTRODUCED_AFTER = Pattern.compile(",\\s+(?:a|an|the)\\s+\\p{L}");
    private static final Pattern INTRODUCED_BEFORE = Pattern.compile("(?:\\bcalled|\\bknown as|\\bterm,?|\\bnamed|\\breferred to as)\\s+$");
    private static final Pattern ENDS_CLAUSE = Pattern.compile("^\\s*[.,;:]");
    private static final Pattern PERSONAL_PRONOUN = Pattern.compile("\\b(?<pronoun>[Hh]e|[Ss]he|[Hh]is|[Hh]er)\\b(?!\\s+own\\b)");
    private static final Pattern PARTICIPLE = Pattern.compile("\\s+(?:taken|killed|wounded|injured|arrested|missing|dead|lost|"
            + "captured|evacuated|rescued|displaced|\\p{Ll}+ed)\\b");
    /** Endings of abstract and mass nouns, which a definition question asks about without "a": "containment", "photosynthesis". */
    private static final Pattern MASS_ENDINGS = Pattern.compile("(?:ism|tion|sion|sis|ment|ence|ance|ity|ness|ing|ure|ics|ogy|ship|dom|age|cy)$");
    /** "___ groups: A, B and C": the list after the figure counts it out. */
    private static final Pattern COUNTED_LIST_AFTER = Pattern.compile("\\s+\\p{Ll}+(?:\\s+\\p{Ll}+)?\\s*[:–—(]");
    /** A year that is part of a name: "the Emergency Powers Act 1920", "the British Museum Act of 1963". */
    private static final Pattern NAMED_FOR_YEAR = Pattern.compile("\\b\\p{Lu}\\p{Ll}*\\s+(?:Act|Bill|Treaty|Convention|Agreement|Accords?|Plan|Charter|Code|Law|Declaration)(?:\\s+of)?\\s+$");
    /** A year that opens a name: "the 1998 Agreement on Border Trade", "the 1936 Olympic Games". */
    private static final Pattern YEAR_NAMES_AFTER = Pattern.compile("^\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}(?:Act|Bill|Treaty|Convention|Agreement|"
            + "Accords?|Plan|Charter|Code|Law|Declaration|Constitution|Olympics|Games|Protocol|Pact|Exhibition|Expo)\\b");
    /** "By 1949", "before 1947": any other year on the right side fits the gap too. */
    private static final Pattern OPEN_BOUND = Pattern.compile("(?i)\\b(?:by|before|after|until|till|up to)\\s+(?:the\\s+(?:end|start|middle)\\s+of\\s+)?$");
    /** "More than 300", "at least 40": the text gives a bound, and a figure on its own is not its answer. */
    private static final Pattern BOUND_BEFORE = Pattern.compile("(?i)\\b(?:more than|over|well over|fewer than|less than|at least|up to|under"
            + "|perhaps|possibly|maybe|an estimated)\\s+$");
    /** "who has driven buses in the city for": how long someone quoted has done something. */
    private static final Pattern EXPERIENCE_BEFORE = Pattern.compile("(?i)\\bwho\\s+(?:has|have|had)\\b[^,.;]{0,80}\\bfor\\s+(?:about\\s+|nearly\\s+|almost\\s+)?$");
    /** "von", "de", "van" right before a name: the gap would cut "Karl von Frisch" in two. */
    private static final Pattern PARTICLE_BEFORE = Pattern.compile("\\b(?:von|van|de|da|di|del|der|den|al|bin|ibn|la|le|du|ten|ter)\\s+$");
    private static final Pattern LIST_GLUE = Pattern.compile("\\s*(?:,\\s*(?:and|or)?|and|or|&)\\s*");
    private static final Pattern TITLE_AFTER = Pattern.compile(",\\s+(?:the\\s+)?(?:\\d+(?:st|nd|rd|th)\\s+)?(?:Earl|Duke|Lord|Baron|Count|Marquess|"
            + "Viscount|Bishop|Archbishop|King|Queen|Prince|Princess|Sultan|Emperor|Duchess|Countess)\\b");
    private static final Pattern SAID_BEFORE = Pattern.compile("\\b(?:said|says|told|added|explained|warned)\\s+$");
    private static final Pattern SAID_AFTER = Pattern.compile("\\s+(?:said|says|told|added|explained|warned)\\b");
    private static final Pattern TITLE_BEFORE = Pattern.compile("(\\p{L}+)\\.?\\s+$");
    private static final Pattern JOINED_BY_AND = Pattern.compile("(\\p{Lu}[\\p{L}'’-]+),?\\s+(?:and|&)\\s+$");
    /** What a small number counts when it measures time: "three winters" is seldom worth learning. */
    private static final Set<String> DURATIONS = Set.of("years", "months", "weeks", "days", "hours", "minutes", "winters", "summers",
            "seasons", "nights", "decades", "centuries", "generations");
    /** Words before a small number that make it part of a phrase rather than a figure: "the two sides", "its three parts". */
    private static final Set<String> DETERMINERS = Set.of("the", "these", "those", "both", "all", "its", "their", "his", "her",
            "our", "my", "your", "other", "when", "where", "if");
    /** A figure that is one end of a range: "5 to 8 kilometres", "seven or eight plates", "1914-1918". */
    private static final Pattern RANGE_BEFORE = Pattern.compile("(?i)(?:\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten))\\S*\\s+(?:to|or|and)\\s+$");
    private static final Pattern RANGE_AFTER = Pattern.compile("(?i)^\\s+(?:to|or|and)\\s+(?:\\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\\b)");

    @Override
    public DocumentAnalysis analyse(DocumentVersion version) {
        return new EnglishReader().analyse(version);
    }

    @Override
    public SourceReading readSource(DocumentAnalysis analysis) {
        return EnglishSourceReader.read(analysis);
    }

    @Override
    public Phrasing phrasing(SourceKind kind) {
        return new EnglishPhrasing(kind);
    }

    @Override
    public Set<Integer> ordinalsIn(String text) {
        Set<Integer> ordinals = new java.util.HashSet<>();
        Matcher figures = ORDINAL_FIGURE.matcher(text);
        while (figures.find()) {
            ordinals.add(Integer.parseInt(figures.group(1)));
        }
        Matcher words = ORDINAL_WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (words.find()) {
            int tens = words.group("tens") == null ? 0 : TENS.indexOf(words.group("tens")) * 10 + 20;
            ordinals.add(tens + UNIT_ORDINALS.indexOf(words.group("unit")) + 1);
        }
        return ordinals;
    }

    /** Checks that accept the ways the phrasing names a document of any kind: "according to the diary", "the article". */
    @Override
    public DraftChecks checks() {
        List<String> phrases = new ArrayList<>();
        Stream.concat(Stream.of("source", "text"), Arrays.stream(SourceKind.values()).map(EnglishPhrasing::noun)).distinct().forEach(noun -> {
            phrases.add("according to the " + noun);
            phrases.add("the " + noun);
            phrases.add("this " + noun);
        });
        return new DraftChecks(phrases);
    }

    @Override
    public boolean isFunctionWord(String word) {
        return EnglishLexicon.isStopWord(word);
    }

    @Override
    public boolean isWorthAsking(Mention mention, AnalysedSentence sentence) {
        if (mention.kind().isTemporal() || mention.kind() == MentionKind.NUMBER) {
            if (inParentheses(mention, sentence) || inRange(mention, sentence)) {
                return false;
            }
        }
        String before = sentence.text().substring(0, mention.start() - sentence.range().start());
        String after = sentence.text().substring(mention.end() - sentence.range().start());
        if (mention.kind().isTemporal() && (OPEN_BOUND.matcher(before).find() || NAMED_FOR_YEAR.matcher(before).find()
                || before.endsWith("the ") && YEAR_NAMES_AFTER.matcher(after).lookingAt())) {
            return false;
        }
        if (mention.kind().isName()) {
            return !insideLongerName(mention, sentence) && !POSSESSIVE_NAME.matcher(after).lookingAt() && !OWNED_NAME.matcher(before).find() && !inList(mention, sentence) && !beforeTitle(mention, sentence)
                    && !(mention.kind() == MentionKind.PERSON && (afterTitle(mention, sentence) || quotedSpeaker(mention, sentence)
                            || PARTICLE_BEFORE.matcher(before).find()));
        }
        if (mention.kind() != MentionKind.NUMBER) {
            return true;
        }
        if (EXPERIENCE_BEFORE.matcher(before).find() && DURATIONS.contains(lastWord(mention.counted()))) {
            return false; // "a biologist who has studied reefs for _____ years": the speaker's experience, not the subject
        }
        if (mention.value() == null || mention.counted().isEmpty() && !beforeParticiple(mention, sentence)
                || BOUND_BEFORE.matcher(before).find() || COUNTED_LIST_AFTER.matcher(sentence.text().substring(mention.end() - sentence.range().start())).lookingAt()) {
            return false;
        }
        String head = lastWord(mention.counted());
        if (TRIVIAL_COUNTS.contains(head)) {
            return false;
        }
        if (Character.isLetter(mention.text().codePointAt(0)) && mention.value().compareTo(BigDecimal.TEN) < 0) {
            String lead = before.strip().toLowerCase(Locale.ROOT);
            boolean determined = DETERMINERS.stream().anyMatch(word -> lead.endsWith(" " + word) || lead.equals(word));
            return !determined && mention.value().intValue() != 2 && mention.value().intValue() != 1 && !DURATIONS.contains(head);
        }
        return true;
    }

    @Override
    public boolean reportsOtherSources(String sentence) {
        return EnglishSourceReader.reportsOtherSources(sentence);
    }

    @Override
    public boolean isAccused(Mention name, AnalysedSentence sentence) {
        if (name.start() - sentence.range().start() < sentence.leadIn()) {
            return false; // a name in the lead-in: a dateline's place, a bullet's label
        }
        String before = sentence.text().substring(sentence.leadIn(), name.start() - sentence.range().start()).toLowerCase(Locale.ROOT);
        String after = sentence.text().substring(name.end() - sentence.range().start()).toLowerCase(Locale.ROOT);
        boolean opens = before.isBlank() || before.matches("^(?:in \\d{4},?\\s*|then\\s+|once again\\s+)?$");
        boolean named = before.matches("(?s).*\\b(?:responsibility of|committed by|perpetrated by|carried out by|blame|blames|accuse|accuses)\\s+(?:the\\s+)?$");
        boolean owner = after.matches("(?s)^['’]s\\s+(?:military|armed|forces|army|troops|government|leaders|leadership|officials|regime)\\b.*");
        return opens || named || owner;
    }

    @Override
    public boolean isIntroducedTerm(Mention word, AnalysedSentence sentence) {
        String before = sentence.text().substring(0, word.start() - sentence.range().start()).toLowerCase(Locale.ROOT);
        String after = sentence.text().substring(word.end() - sentence.range().start());
        return INTRODUCED_AFTER.matcher(after).lookingAt() || INTRODUCED_BEFORE.matcher(before).find()
                || before.endsWith(" as ") && ENDS_CLAUSE.matcher(after).lookingAt();
    }

    @Override
    public @Nullable PersonReference personReference(AnalysedSentence sentence, @Nullable AnalysedSentence previous,
            @Nullable Mention person) {
        if (person == null || !sentence.needsContext()) {
            return null;
        }
        boolean othersNamed = previous != null && previous.mentions().stream()
                .anyMatch(m -> m.kind() == MentionKind.PERSON && !sameOrPart(m.text(), person.text()))
                || sentence.mentions().stream().anyMatch(m -> m.kind() == MentionKind.PERSON && !sameOrPart(m.text(), person.text()));
        Matcher pronoun = PERSONAL_PRONOUN.matcher(sentence.text()).region(sentence.leadIn(), sentence.text().length());
        if (othersNamed || !pronoun.find() || wordsBefore(sentence.text(), pronoun.start()) > 12) {
            return null;
        }
        int start = sentence.range().start() + pronoun.start("pronoun");
        // A person the sentence names itself is not the one its pronoun stands for: "His son, Akbar, ..." is not Akbar's son.
        String surname = person.text().substring(person.text().lastIndexOf(' ') + 1);
        boolean personNamed = sentence.mentions().stream().anyMatch(m -> m.kind() == MentionKind.PERSON)
                || Pattern.compile("\\b" + Pattern.quote(surname) + "\\b").matcher(sentence.text()).find();
        if (personNamed) {
            return null;
        }
        boolean possessive = pronoun.group("pronoun").equalsIgnoreCase("his")
                || pronoun.group("pronoun").equalsIgnoreCase("her") && beforeANoun(sentence.text(), pronoun.end("pronoun"));
        String name = person.text().contains(" ") ? person.text().substring(person.text().lastIndexOf(' ') + 1) : person.text();
        return new PersonReference(new TextRange(start, start + pronoun.group("pronoun").length()), "[" + name + (possessive ? "'s" : "") + "]");
    }

    /** "her" before a noun is possessive ("her arrest"); before a verb, a preposition or a stop it is not ("a statue of her was unveiled"). */
    private static boolean beforeANoun(String text, int at) {
        Matcher next = NEXT_WORD.matcher(text).region(at, text.length());
        return next.lookingAt() && !EnglishLexicon.isStopWord(next.group(1));
    }

    private static int wordsBefore(String text, int end) {
        String before = text.substring(0, end).strip();
        return before.isEmpty() ? 0 : before.split("\\s+").length;
    }

    private static boolean sameOrPart(String name, String other) {
        return name.equals(other) || name.endsWith(" " + other) || other.endsWith(" " + name) || name.contains(other) || other.contains(name);
    }

    @Override
    public String withArticle(String term) {
        String lower = term.toLowerCase(Locale.ROOT);
        String last = lastWord(lower);
        boolean mass = MASS_ENDINGS.matcher(last).find() || last.endsWith("s") || !Character.isLowerCase(term.codePointAt(0));
        return mass ? term : ("aeiou".indexOf(lower.charAt(0)) >= 0 ? "an " : "a ") + term;
    }

    @Override
    public boolean looksLikePerson(String name) {
        for (String word : name.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (EnglishLexicon.PLACE_WORDS.contains(word) || EnglishLexicon.ORGANISATION_WORDS.contains(word)
                    || EnglishLexicon.EVENT_WORDS.contains(word) || EnglishLexicon.isKnownPlace(word)
                    || EnglishLexicon.OFFICES.contains(word) && !name.contains(" ") || word.endsWith("s") && !name.contains(" ")) {
                return false;
            }
        }
        return Character.isUpperCase(name.codePointAt(0));
    }

    @Override
    public boolean isCountry(String place) {
        return EnglishLexicon.COUNTRIES.contains(EnglishLexicon.bare(place));
    }

    @Override
    public boolean datesAnIncident(AnalysedSentence sentence) {
        return INCIDENT.matcher(sentence.text()).find();
    }

    @Override
    public boolean countsAMoment(Mention number) {
        return MOMENT.matcher(number.counted()).lookingAt();
    }

    @Override
    public boolean opensSourceBox(String sentence) {
        String line = sentence.strip();
        return EnglishReader.SOURCE_BOX.matcher(line).lookingAt() || EnglishReader.SOURCE_BOX_HEADING.matcher(line).matches();
    }

    @Override
    public @Nullable Reason reasonIn(AnalysedSentence sentence) {
        String raw = sentence.text();
        if (!(raw.contains("because") || raw.contains("due to") || raw.contains("owing to") || raw.contains("as a result of")
                || raw.contains("so that"))) {
            return null; // most sentences give no reason: the pattern is tried only where its words stand
        }
        String text = Furniture.withoutMarkers(raw.substring(sentence.leadIn())).replaceAll("\\s+", " ").strip();
        Matcher explained = BECAUSE.matcher(text);
        if (sentence.needsContext() || !explained.matches()) {
            return null;
        }
        String fact = explained.group("fact").strip();
        String reason = REASON_ENDS.split(explained.group("reason").strip(), 2)[0];
        String because = explained.group("connective") + " ";
        Matcher adverb = ADVERB_AT_END.matcher(fact);
        if (adverb.find()) {
            because = adverb.group("adverb") + " " + because;
            fact = fact.substring(0, adverb.start());
        }
        boolean purpose = explained.group("connective").equals("so that");
        return standsAlone(fact, reason, purpose) ? new Reason(fact, because + reason) : null;
    }

    /**
     * Whether a card can show {@code fact} and {@code reason} without the text around them: the fact is a whole clause of
     * the text's own (not cut after a conjunction, not an instruction, not in the author's voice, not leaning on the
     * sentence before, not a quotation), both are of a card's length, and a purpose ("so that") says what was wanted.
     */
    private static boolean standsAlone(String fact, String reason, boolean purpose) {
        String first = firstWordOf(fact).toLowerCase(Locale.ROOT);
        if (CUT_AT_END.matcher(fact).find() || NOT_A_FACT.matcher(fact).find() || IMPERATIVES.contains(first)
                || EnglishLexicon.ANAPHORIC_STARTS.contains(first) || fact.contains("\"") || fact.contains("“")
                || LEANING_REASON.matcher(reason).lookingAt()
                || purpose && !MODAL.matcher(reason).find()) { // "so that we pick up every stick": a result, not a purpose
            return false;
        }
        int factWords = fact.split("\\s+").length;
        int reasonWords = reason.split("\\s+").length;
        return factWords >= 4 && factWords <= 25 && reasonWords >= 3 && reasonWords <= 25;
    }

    private static String firstWordOf(String text) {
        int space = text.indexOf(' ');
        return space < 0 ? text : text.substring(0, space);
    }

    @Override
    public @Nullable String withMonth(String date, int month) {
        Matcher named = MONTH_NAME.matcher(date);
        if (!named.find()) {
            return null;
        }
        String full = MONTHS.get(month - 1);
        String name = MONTHS.contains(named.group().toLowerCase(Locale.ROOT)) ? full : full.substring(0, 3);
        name = Character.isUpperCase(named.group().codePointAt(0)) ? Character.toUpperCase(name.charAt(0)) + name.substring(1) : name;
        return date.substring(0, named.start()) + name + date.substring(named.end());
    }

    @Override
    public boolean isRegion(String place) {
        return EnglishLexicon.REGIONS.contains(EnglishLexicon.bare(place));
    }

    @Override
    public boolean placesOverlap(String place, String other) {
        return EnglishLexicon.overlap(place, other);
    }

    /**
     * True for a name that is the end of a longer one joined by "and": "Rural Affairs" in "the
     * Department for Environment, Food and Rural Affairs" (unless the word before "and" is a name
     * of the same kind, as in "Barda, Ganja, and Tartar").
     */
    static boolean insideLongerName(Mention mention, AnalysedSentence sentence) {
        String before = sentence.text().substring(0, mention.start() - sentence.range().start());
        Matcher joined = JOINED_BY_AND.matcher(before);
        if (!joined.find()) {
            return false;
        }
        int wordEnd = sentence.range().start() + joined.end(1);
        return sentence.mentions().stream().noneMatch(other -> other.kind() == mention.kind() && other.end() == wordEnd);
    }

    /**
     * True for a name in a list of names of its kind ("Barda, Ganja, and Tartar", "Barlow and
     * Yolland"): any of them fits the gap, and the others give away the kind of answer wanted.
     */
    private static boolean inList(Mention mention, AnalysedSentence sentence) {
        String text = sentence.text();
        int offset = sentence.range().start();
        for (Mention other : sentence.mentions()) {
            if (other != mention && other.kind() == mention.kind()) {
                int gapStart = Math.min(mention.end(), other.end());
                int gapEnd = Math.max(mention.start(), other.start());
                if (gapEnd >= gapStart && LIST_GLUE.matcher(text.substring(gapStart - offset, gapEnd - offset)).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True for a name followed by its title ("Louis de Duras, Earl of Feversham"): the gap would cut the person in two. */
    private static boolean beforeTitle(Mention mention, AnalysedSentence sentence) {
        return TITLE_AFTER.matcher(sentence.text().substring(mention.end() - sentence.range().start())).lookingAt();
    }

    /** True for the person a report quotes ("... ," said Claire Dunn): who said it is seldom worth learning. */
    private static boolean quotedSpeaker(Mention mention, AnalysedSentence sentence) {
        String before = sentence.text().substring(0, mention.start() - sentence.range().start());
        String after = sentence.text().substring(mention.end() - sentence.range().start());
        boolean quotes = sentence.text().contains("\"") || sentence.text().contains("“");
        return quotes && (SAID_BEFORE.matcher(before).find() || SAID_AFTER.matcher(after).lookingAt());
    }

    /** True for a name right after a title ("Lord _____", "Dr. _____"): the title leaves one option that fits. */
    private static boolean afterTitle(Mention mention, AnalysedSentence sentence) {
        String before = sentence.text().substring(0, mention.start() - sentence.range().start());
        Matcher title = TITLE_BEFORE.matcher(before);
        return title.find() && EnglishLexicon.PERSON_TITLES.contains(title.group(1).toLowerCase(Locale.ROOT));
    }

    private static boolean inRange(Mention mention, AnalysedSentence sentence) {
        String before = sentence.text().substring(0, mention.start() - sentence.range().start());
        String after = sentence.text().substring(mention.end() - sentence.range().start());
        return RANGE_BEFORE.matcher(before).find() || RANGE_AFTER.matcher(after).find()
                || before.matches("(?is).*\\bbetween\\s+$");
    }

    /** True inside parentheses: "(about 2,700 Pa)", "(40 km/h)" convert or aside, they do not state. */
    private static boolean inParentheses(Mention mention, AnalysedSentence sentence) {
        String before = sentence.text().substring(0, mention.start() - sentence.range().start());
        return before.lastIndexOf('(') > before.lastIndexOf(')');
    }

    /** True for a figure whose noun the sentence leaves out before a participle: "1,275 taken captive". */
    private static boolean beforeParticiple(Mention mention, AnalysedSentence sentence) {
        String after = sentence.text().substring(mention.end() - sentence.range().start());
        return PARTICIPLE.matcher(after).lookingAt();
    }

    private static String lastWord(String text) {
        String[] words = text.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return words[words.length - 1];
    }

    @Override
    public List<String> acceptedAnswers(Mention mention) {
        List<String> answers = new ArrayList<>(List.of(mention.text()));
        if (mention.kind() == MentionKind.NUMBER) {
            answers.add(mention.text().replace(",", ""));
            answers.add(mention.text().replace(",", "").replace("%", "").strip());
        }
        if (mention.kind() == MentionKind.YEAR && mention.date().decade()) {
            answers.add(mention.text().replace("s", "'s"));
        }
        if (mention.kind() == MentionKind.DATE && mention.date().day() != 0) {
            String month = MONTH.matcher(mention.text()).results().map(MatchResult::group).findFirst().orElse("");
            DateKey date = mention.date();
            answers.add(date.day() + " " + month + " " + date.year());
            answers.add(month + " " + date.day() + ", " + date.year());
        }
        return answers.stream().distinct().toList();
    }

    /** Written the way {@code like} is: "1,275", "12%", "3 million", "4.5", "nine". */
    @Override
    public String numberLike(BigDecimal value, Mention like) {
        String text = like.text();
        if (Character.isLetter(text.codePointAt(0))) {
            String word = EnglishNumbers.numberWord(value);
            return word == null ? text : Character.isUpperCase(text.codePointAt(0))
                    ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word;
        }
        Matcher multiplier = MULTIPLIER.matcher(text);
        if (multiplier.find()) {
            BigDecimal unit = like.value().divide(EnglishNumbers.parse(text.substring(0, multiplier.start()).replace(",", "")),
                    MathContext.DECIMAL64);
            return value.divide(unit, MathContext.DECIMAL64).stripTrailingZeros().toPlainString() + multiplier.group();
        }
        String suffix = text.endsWith("%") ? "%" : "";
        boolean grouped = text.contains(",");
        var symbols = DecimalFormatSymbols.getInstance(Locale.ENGLISH);
        String pattern = (grouped ? "#,##0" : "0") + (value.scale() > 0 ? "." + "0".repeat(value.scale()) : "");
        return new DecimalFormat(pattern, symbols).format(value) + suffix;
    }
}
