package org.sourcebook.drafting.english;

import org.sourcebook.drafting.AnalysedSentence;
import org.sourcebook.drafting.Definition;
import org.sourcebook.drafting.DocumentAnalysis;
import org.sourcebook.drafting.Mention;
import org.sourcebook.drafting.MentionKind;
import org.sourcebook.drafting.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.Furniture;
import org.sourcebook.content.source.TextRange;
import org.sourcebook.drafting.english.EnglishTokens.Token;

/**
 * Reads an English document: per sentence its dates, numbers, names, key terms, definitions and
 * roles, and whether it can stand alone. Two passes: the first learns which words the document
 * capitalizes mid-sentence (so "Armenia" opening a sentence is still a name), the second finds
 * mentions; then names are typed with the evidence of the whole document.
 */
final class EnglishReader {

    private static final Pattern QUOTED = Pattern.compile("[“\"](?<term>[^”\"\\d]{3,50})[”\"]");
    private static final Pattern DEFINITION = Pattern.compile("^(?<article>(?:An?|The)\\s+)?"
            + "(?<term>\\p{L}[\\p{L}\\-]*(?:\\s+\\p{L}[\\p{L}\\-]*){0,3}?)\\s+(?:is|are|refers to|means)\\s+"
            + "(?<meaning>(?:(?:a|an|the)\\s+|\\p{Ll}+\\s+(?:that|which|who|in which|of)\\s+)[^;]{6,}?)[.!?]?$");
    private static final Pattern KNOWN_AS = Pattern.compile("\\b(?:called|known as|termed)\\s+(?:the\\s+|an?\\s+)?"
            + "(?<term>[a-z][a-z\\-]{2,}(?:\\s+[a-z][a-z\\-]{2,}){0,2})(?=[,.;:)]|\\s+(?:or|and|is|are|was|were|which)\\b)");
    /**
     * A term explained in apposition: "pitchblende, a uranium ore,", "aplastic anaemia, a disease in which ...", "its dew
     * point, the temperature at which the air is saturated".
     */
    private static final Pattern APPOSITIVE = Pattern.compile("(?<=\\b(?:of|and|that|as|the|from|with|by|called|named|its|their|to|into|in|on|for|like)\\s|^)"
            + "(?<term>\\p{Ll}[\\p{Ll}\\-]{2,}(?:\\s+\\p{Ll}[\\p{Ll}\\-]{3,})?),\\s+(?<meaning>(?:a|an)\\s+(?:\\p{Ll}+\\s+){0,2}?"
            + "(?<head>\\p{Ll}{3,})(?:\\s+(?:in which|that|which|who|of|for|used|made)\\s+[^,;.()\"“]{3,70})?"
            + "|the\\s+(?:\\p{Ll}+\\s+){0,2}?(?<theHead>\\p{Ll}{3,})\\s+(?:at which|in which|that|which|where|when)\\s+[^,;.()\"“]{3,70})(?=[,;.)]|$)");
    /** Labels of a page's parts, which a colon follows without a meaning: "Case study: Mount St Helens, 1980". */
    private static final Set<String> SECTION_LABELS = Set.of("case study", "example", "examples", "summary", "introduction", "note",
            "notes", "task", "activity", "key fact", "key facts", "did you know", "fact", "facts", "remember", "tip", "warning",
            "answer", "question", "conclusion", "background", "overview", "location", "date", "result", "outcome", "aim", "aims",
            "method", "equipment", "apparatus", "results", "hypothesis", "prediction", "safety", "risk assessment", "variables",
            "materials", "evaluation", "analysis", "practical", "required practical", "investigation", "key words", "key terms");
    /**
     * "Egestion – in the large intestine, much of the water is absorbed", "Bricks used: about 318 million": where or when a
     * stage happens, or a figure of a fact box, not what a word means.
     */
    private static final Pattern CIRCUMSTANCE = Pattern.compile("(?i)(?:in|at|on|during|after|before|from|within|inside|when|while|once)\\s"
            + "|(?:about|around|nearly|over|almost|some|approximately|more than|less than|perhaps|up to)?\\s*[\\d£$€]");
    /** "World Heritage status – inscribed in 1999", "Skara Brae – A Stone Age Village by the Sea": a fact box's value or a title. */
    private static final Pattern FACT_BOX_VALUE = Pattern.compile("\\b(?:1\\d{3}|20\\d{2})\\b|^\\p{Lu}\\S*\\s+\\p{Lu}\\S*\\s+\\p{Lu}");
    /** "over the hotspot, a chain of islands is formed": a verb with no relative word before it makes a clause, not an apposition. */
    private static final Pattern CLAUSE_NOT_APPOSITION = Pattern.compile("^(?:(?!\\b(?:in which|that|which|who|where|when)\\b).)*"
            + "\\b(?:is|are|was|were|has|have|had|will|would|can|could)\\b");
    /** A term named after its meaning: "a green pigment, chlorophyll, which absorbs light". */
    private static final Pattern NAMED_AFTER = Pattern.compile("\\b(?<meaning>(?:a|an)\\s+(?:\\p{Ll}+\\s+){0,2}(?<head>\\p{Ll}{3,})),\\s+"
            + "(?<term>\\p{Ll}[\\p{Ll}\\-]{3,}),(?:\\s+(?<clause>(?:which|that|who)\\s+[^,;.()\"“]{3,70})(?=[,;.]))?");
    /** A meaning, then its name: "A factor that stops the rate from increasing further is called a limiting factor." */
    private static final Pattern IS_CALLED = Pattern.compile("^(?<meaning>(?:A|An|The)\\s+[^,;:]{6,100}?)\\s+(?:is|are)\\s+"
            + "(?:called|known as|termed)\\s+(?:an?\\s+|the\\s+)?(?<term>\\p{Ll}[\\p{Ll}\\-]{2,}(?:\\s+\\p{Ll}[\\p{Ll}\\-]{2,}){0,2})\\s*\\.?$");
    /** Nouns that "The ... is" introduces without naming a term: "The solution is the sunshield". */
    private static final Set<String> NOT_TERMS = Set.of("solution", "problem", "answer", "result", "reason", "aim", "goal", "idea",
            "point", "question", "difference", "effect", "purpose", "plan", "outcome", "trouble", "challenge", "secret", "key", "truth",
            "fact", "hope", "danger", "risk", "advantage", "disadvantage", "benefit", "lesson", "first", "second", "last", "rest", "catch");
    /** Words after "a" that do not begin a meaning: "1898, a year later". */
    private static final Set<String> NOT_DEFINING = Set.of("year", "years", "day", "days", "week", "month", "time", "number", "few",
            "lot", "little", "while", "bit", "decade", "century", "post", "position", "role", "job", "title", "office", "rank");
    /** "a second element, radium": one of a series, not what the term means. */
    private static final Pattern SERIES_MEANING = Pattern.compile("(?i)\\b(?:first|second|third|fourth|fifth|another|further|new|other|next|last)\\b");
    /** "an air strike on the missile sites, an invasion of Cuba, diplomatic pressure and a naval blockade": a list, not an apposition. */
    private static final Pattern LIST_GOES_ON = Pattern.compile("^,\\s*[^,;.]+(?:,\\s*[^,;.]+)*,?\\s+(?:and|or)\\s+[^,;.]+[.;]?\\s*$");
    /** "a crowd of ambassadors, ministers, and officers of rank": the last items of a list, not a meaning. */
    private static final Pattern LIST_ENDS = Pattern.compile(",?\\s+(?:and|or)\\s+[^,;.]+[.;]?\\s*$");
    /** "its secretary, a post she held for many years": a clause about someone, not what the term means. */
    private static final Pattern PERSONAL_SUBJECT = Pattern.compile("\\b(?:she|he|they|we|I|you)\\b");
    /** "snails called pteropods, an important food for salmon": the term was named after its meaning already. */
    private static final Pattern NAMED_BEFORE = Pattern.compile("(?i)\\b(?:called|known as|named|termed)\\s+$");
    /** A term named by its kind: "the element curium", "the process of photosynthesis". */
    private static final Pattern KIND_OF = Pattern.compile("\\b(?:[Tt]he|[Aa]n?)\\s+(?:element|mineral|compound|disease|process|theory|"
            + "principle|phenomenon|technique|method|concept|doctrine|policy)\\s+(?:of\\s+)?"
            + "(?!(?:called|named|known|termed|that|which|where|whose|used|when)\\b)(?<term>\\p{Ll}[\\p{Ll}\\-]{3,})\\b");
    /** "the disease remained endemic", "the disease spread through": a verb after the kind, not the name of one. */
    private static final Pattern VERB_AFTER_A_KIND = Pattern.compile("\\p{Ll}+(?:ed|ing)\\b|\\p{Ll}+\\s+(?:through|into|across|over|"
            + "quickly|slowly|rapidly|easily|widely|throughout|among)\\b");
    private static final String NAME = "(?<name>\\p{Lu}[\\p{L}\\-]+(?:\\s+\\p{Lu}[\\p{L}\\-]+){1,2})";
    private static final Pattern ROLE_BEFORE = Pattern.compile(
            "\\b(?:the|a|an)\\s+(?<role>(?:former\\s+|then\\s+|late\\s+)?\\p{L}(?:(?!\\b(?:a|an|to|from|for|with)\\b|(?<!\\bof )\\bthe\\b)[^,;.()\"“]){2,60}?),\\s+" + NAME);
    private static final Pattern ROLE_AFTER = Pattern.compile(NAME + ",\\s+(?:the|a|an)\\s+(?<role>[^,;.()\"“]{3,60}?),");
    private static final Pattern ROLE_NOUN = Pattern.compile("\\b\\p{L}{3,}(?:ist|er|or|ian|ent|man)s?\\b");
    private static final Pattern LEAD_IN = Pattern.compile("^(?:(?<word>\\p{L}+)|In addition|For example|For instance"
            + "|As a result|In contrast|On the other hand|In other words|At the same time|In short|In fact),\\s+");
    private static final int KEY_WORD_LENGTH = 9;
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’\\-]*");
    private static final Pattern LIST_GLUE = Pattern.compile("\\s*(?:,\\s*(?:and|or)?|and|or)\\s*");
    private static final Pattern QUOTE_AT_END = Pattern.compile("[\"”][.!?)\\]]*$|[.!?…][\"”]$");
    private static final Pattern TERMINAL = Pattern.compile("[.!?…][\"”’')\\]]*$");

    /** Openings that date a sentence by the one before it: "Two years later", "At the same time", "On his return". */
    private static final Pattern RELATIVE_TIME = Pattern.compile("(?i)(?:\\p{L}+\\s+)?(?:years?|months?|weeks?|days?|decades?|hours?)\\s+"
            + "(?:later|afterwards|earlier|before)\\b|(?:at the same time|meanwhile|afterwards|after that|soon after|the next "
            + "(?:year|day|month|week|morning)|that (?:year|day|month|night)|on (?:his|her|their) return|by then|at first|in the end"
            + "|at that (?:moment|time|point)|in the following (?:days|weeks|months|years)|the following (?:day|week|month|year))\\b");
    /** An exercise line: "2. Explain why ...", "Describe how ...". */
    /** An editor's doubt about the sentence itself: "[citation needed]", "[dubious – discuss]", "[who?]". */
    private static final Pattern DOUBTED = Pattern.compile("(?i)\\[(?:[\\p{L} ]{2,30}needed|dubious[^\\]]{0,20}|disputed[^\\]]{0,20}|[\\p{L} ]{2,20}\\?)\\]");
    /** The label of a source box: "Source A:", "Historian B (Donald Worster, writing in 1979):", "Interpretation 2:". */
    static final Pattern SOURCE_BOX = Pattern.compile("^(?:Source|Historian|Interpretation|View|Extract)\\s+"
            + "(?:\\p{Lu}|\\d{1,2})\\b[^:.]{0,80}:\\s");
    /** A source box's heading on a line of its own: "Source A". */
    static final Pattern SOURCE_BOX_HEADING = Pattern.compile("^(?:Source|Historian|Interpretation|Extract)\\s+(?:\\p{Lu}|\\d{1,2})\\s*$");
    /** The label of a figure or a table: "Figure 2: ...". */
    private static final Pattern FIGURE_LABEL = Pattern.compile("^(?:Figure|Fig\\.|Table)\\s+(?:\\p{Lu}|\\d{1,2})\\b[^:]{0,80}:\\s");
    private static final Pattern EXERCISE = Pattern.compile("(?:\\d{1,2}[.)]\\s+|[a-h][.)]\\s+)?(?:Explain|Describe|Compare|Discuss|Assess|Outline|"
            + "Evaluate|Identify|Suggest|Use|Study|Look at|Read|Give|List|Name|State|Calculate|Why|How far|To what extent)\\b");
    private static final Pattern BULLET = Pattern.compile("(?:--|[•·▪◦*\\-–—])\\s+|\\d{1,2}[.)]\\s+(?=\\p{Ll}|\\p{Lu}\\p{Ll})");
    /** Nouns that, after "The" at a sentence's start, point back to a place or thing named before. */
    private static final Set<String> GENERIC_REFERENCES = Set.of("site", "city", "town", "village", "fort", "castle", "building", "buildings",
            "island", "islands", "country", "region", "river", "bridge", "house", "houses", "ship", "act", "report", "treaty", "party",
            "group", "company", "war", "process", "plan", "law", "government", "settlement", "area", "programme", "project", "team",
            "following", "same", "latter", "former", "mountain", "rate", "board", "council", "work", "constitution", "agreement",
            "scheme", "survey", "campaign", "expedition", "museum", "institute", "committee", "commission", "office", "society",
            "second", "third", "fourth", "fifth", "next");
    private static final Pattern TWO_NAMES = Pattern.compile("\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+\\b");
    private static final Pattern DEFINITE_START = Pattern.compile("The\\s+(\\p{Ll}{3,})\\b(?!\\s+of\\b)");
    private static final Pattern DEFINITE_NAME_START = Pattern.compile("The\\s+(\\p{Lu}\\p{Ll}{2,})\\s+(?!of\\b)\\p{Ll}");
    /** A glossary line: "Containment: the policy of stopping the spread of communism." */
    private static final Pattern GLOSSARY = Pattern.compile(
            "^(?:[•·▪*\\-–]\\s+)?(?<term>\\p{L}[\\p{L}'’\\-]*(?:\\s+\\p{L}[\\p{L}'’\\-]*){0,3})\\s*(?::|\\s[–—-])\\s+(?<meaning>\\p{L}[^:]{8,220}?)[.;]?$");
    private static final Pattern NOT_A_MEANING = Pattern.compile("(?i)(?:why|how|what|when|where|who|which)\\b|(?:one|some|any) of the\\b|the same\\b"
            + "|(?:an?|one|another|the)\\s+(?:\\p{L}+[\\s-]+)?(?:example|case|instance|illustration)\\b");
    private static final Pattern LABEL = Pattern.compile("^[\\p{L}][\\p{L} ()]{1,30}:\\s");
    /** A word that starts with a letter at a word boundary: "th" in "14th" is not one. */
    private static final Pattern LETTERS_WORD = Pattern.compile("\\b\\p{L}[\\p{L}'’\\-]*");
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "him", "her", "his");
    private static final Set<String> WE = Set.of("we", "our", "us");
    private static final Pattern WE_WORD = Pattern.compile("(?i)\\b(?:we|our|us)\\b");
    private static final Set<String> CONTEXT_PRONOUNS = Set.of("he", "she", "they", "him", "her", "his", "their", "them", "we", "our", "us");
    /** Words that stand for a thing: they lean on the sentence before unless this one names something first. */
    private static final Set<String> THING_PRONOUNS = Set.of("it", "its", "this", "these", "there");
    /** "it" that stands for nothing: "it was not until", "it is thought that", "it took ten years to". */
    private static final Pattern EMPTY_IT = Pattern.compile("(?i)it\\s+(?:(?:is|was|has been|had been|seems|seemed|became|becomes|remains|remained|took|takes)\\b"
            + "(?:\\s+[\\p{L}\\d,']+){0,6}?\\s+(?:that|to|until|whether|how|why|when|if)\\b|(?:rained|snowed|rains|snows)\\b)");
    /** "this" or "these" naming a time, not a thing named before: "this year", "these days". */
    /** "there was", "there are": "there" that points to no place. */
    private static final Pattern EMPTY_THERE = Pattern.compile("(?i)there\\s+(?:is|are|was|were|has|have|had|will|would|seems?|seemed|"
            + "came|comes|remains?|remained|may|might|must|could|should|exists?|existed|lived|stood|appears?|appeared|followed)\\b");
    private static final Pattern TIME_THIS = Pattern.compile("(?i)(?:this|these)\\s+(?:year|week|month|day|days|morning|afternoon|evening|time|century|decade)\\b");

    /** One sentence while it is read; {@code furniture} when it lies in page furniture (a reference list). */
    private record Reading(int index, int paragraph, TextRange range, List<Token> tokens, List<Mention> found,
            List<Definition> definitions, List<Role> roles, boolean furniture) {}

    DocumentAnalysis analyse(DocumentVersion version) {
        String text = version.text();
        List<TextRange> furniture = Furniture.of(version);
        List<Reading> readings = tokenize(version, furniture);
        Set<String> capitalized = new HashSet<>();
        readings.forEach(reading -> EnglishNames.collectCapitalized(reading.tokens(), capitalized));
        var names = new EnglishNames(capitalized);
        readings.stream().filter(reading -> !reading.furniture()).forEach(reading -> findMentions(reading, names, text, furniture));
        names.linkSurnames();
        Set<String> allNames = names.names();
        List<String> titleTerms = titleTerms(version.metadata().title(), capitalized);
        Set<String> keyWords = keyWords(readings, capitalized);
        List<AnalysedSentence> sentences = new ArrayList<>(readings.size());
        boolean weVoice = speaksAsWe(text);
        for (Reading reading : readings) {
            List<Mention> mentions = new ArrayList<>(names.typed(reading.found(), allNames));
            mentions.sort(Comparator.comparingInt(Mention::start));
            typeListsAlike(mentions, text);
            addTitleTerms(reading, titleTerms, mentions, text);
            addKeyWords(reading, keyWords, mentions);
            mentions.sort(Comparator.comparingInt(Mention::start));
            String previous = reading.index() > 0 ? text.substring(readings.get(reading.index() - 1).range().start(),
                    readings.get(reading.index() - 1).range().end()) : "";
            sentences.add(sentence(reading, mentions, text, capitalized, furniture, previous, weVoice));
        }
        return new DocumentAnalysis(version, sentences);
    }

    /** A plain name listed with typed names ("the cities Barda, Ganja, and Tartar") takes their type. */
    private static void typeListsAlike(List<Mention> mentions, String text) {
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i + 1 < mentions.size(); i++) {
                Mention left = mentions.get(i);
                Mention right = mentions.get(i + 1);
                boolean listed = LIST_GLUE.matcher(text.substring(left.end(), Math.max(left.end(), right.start()))).matches();
                if (listed && left.kind() == MentionKind.NAME && right.kind().isName() && right.kind() != MentionKind.NAME) {
                    mentions.set(i, left.withKind(right.kind()));
                } else if (listed && right.kind() == MentionKind.NAME && left.kind().isName() && left.kind() != MentionKind.NAME) {
                    mentions.set(i + 1, right.withKind(left.kind()));
                }
            }
        }
    }

    private static List<Reading> tokenize(DocumentVersion version, List<TextRange> furniture) {
        List<Reading> readings = new ArrayList<>(version.sentences().size());
        int paragraph = 0;
        List<TextRange> paragraphs = version.paragraphs();
        for (TextRange range : version.sentences()) {
            while (paragraph + 1 < paragraphs.size() && paragraphs.get(paragraph).end() <= range.start()) {
                paragraph++;
            }
            String sentence = version.text().substring(range.start(), range.end());
            boolean inFurniture = covered(furniture, range) * 2 >= range.length();
            readings.add(new Reading(readings.size(), paragraph, range,
                    inFurniture ? List.of() : EnglishTokens.of(sentence, range.start()),
                    new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), inFurniture));
        }
        return readings;
    }

    /** How many characters of {@code range} lie in {@code furniture}. */
    private static int covered(List<TextRange> furniture, TextRange range) {
        int covered = 0;
        for (TextRange piece : furniture) {
            covered += Math.max(0, Math.min(piece.end(), range.end()) - Math.max(piece.start(), range.start()));
        }
        return covered;
    }

    private static boolean inFurniture(List<TextRange> furniture, Mention mention) {
        return furniture.stream().anyMatch(piece -> piece.start() < mention.end() && mention.start() < piece.end());
    }

    private static void findMentions(Reading reading, EnglishNames names, String text, List<TextRange> furniture) {
        String sentence = text.substring(reading.range().start(), reading.range().end());
        int offset = reading.range().start();
        List<Mention> found = reading.found();
        found.addAll(EnglishNumbers.dates(sentence, offset));
        List<Token> tokens = reading.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!covered(found, tokens.get(i).start())) {
                Mention number = tokens.get(i).isNumber() ? EnglishNumbers.numberAt(tokens, i, text)
                        : EnglishNumbers.numberWordAt(tokens, i, text);
                if (number != null) {
                    found.add(number.withClause(EnglishNumbers.clause(number, text, reading.range().end())));
                }
            }
        }
        found.addAll(names.find(tokens, start -> covered(found, start), text));
        findRoles(sentence, offset, found, names, reading.roles());
        findTerms(sentence, offset, found, reading.definitions());
        found.removeIf(mention -> inFurniture(furniture, mention));
        reading.roles().removeIf(role -> inFurniture(furniture, role.person()));
        reading.definitions().removeIf(definition -> inFurniture(furniture, definition.term()));
    }

    private static void findRoles(String sentence, int offset, List<Mention> found, EnglishNames names, List<Role> roles) {
        for (Pattern pattern : List.of(ROLE_BEFORE, ROLE_AFTER)) {
            Matcher matcher = pattern.matcher(sentence);
            while (matcher.find()) {
                String role = matcher.group("role").strip();
                int nameStart = offset + matcher.start("name");
                Mention person = found.stream()
                        .filter(m -> m.start() == nameStart && m.kind() == MentionKind.NAME)
                        .findFirst().orElse(null);
                if (person != null && isRole(role)) {
                    names.notePerson(person.text());
                    String article = sentence.substring(matcher.start(), matcher.start("role")).strip();
                    roles.add(new Role(person, article + " " + role));
                }
            }
        }
    }

    private static boolean isRole(String role) {
        String lower = role.toLowerCase(Locale.ROOT);
        return List.of(lower.split("\\s+")).stream().anyMatch(EnglishLexicon.PERSON_TITLES::contains)
                || ROLE_NOUN.matcher(lower).find() && role.split("\\s+").length <= 8;
    }

    private static void findTerms(String sentence, int offset, List<Mention> found, List<Definition> definitions) {
        Matcher glossary = GLOSSARY.matcher(sentence.strip());
        if (glossary.matches() && !sentence.contains("\n") && glossary.group("meaning").split("\\s+").length >= 3
                && !CIRCUMSTANCE.matcher(glossary.group("meaning")).lookingAt() && !FACT_BOX_VALUE.matcher(glossary.group("meaning")).find()
                && isNounPhrase(glossary.group("term")) && isMeaning(glossary.group("meaning"))
                && !SECTION_LABELS.contains(glossary.group("term").toLowerCase(Locale.ROOT))) {
            int lead = sentence.indexOf(sentence.strip());
            Mention term = term(offset + lead + glossary.start("term"), glossary.group("term"));
            found.removeIf(m -> m.start() < term.end() && term.start() < m.end());
            found.add(term);
            var meaning = new TextRange(offset + lead + glossary.start("meaning"), offset + lead + glossary.end("meaning"));
            definitions.add(new Definition(term, meaning, glossary.group("meaning")));
            return;
        }
        Matcher definition = DEFINITION.matcher(sentence);
        if (definition.find() && !EnglishLexicon.isStopWord(firstWord(definition.group("term")))
                && !EnglishLexicon.ANAPHORIC_STARTS.contains(firstWord(definition.group("term")).toLowerCase(Locale.ROOT))
                && isNounPhrase(definition.group("term")) && !NOT_TERMS.contains(definition.group("term").toLowerCase(Locale.ROOT))) {
            Mention term = term(offset + definition.start("term"), definition.group("term"));
            int words = definition.group("meaning").split("\\s+").length;
            if (!overlaps(found, term) && words >= 3 && words <= 30 && isMeaning(definition.group("meaning"))) {
                found.add(term);
                var meaning = new TextRange(offset + definition.start("meaning"), offset + definition.end("meaning"));
                definitions.add(new Definition(term, meaning, definition.group("meaning")));
            }
        }
        boolean namesATerm = sentence.contains("called") || sentence.contains("known as") || sentence.contains("termed");
        Matcher called = IS_CALLED.matcher(sentence.strip());
        if (namesATerm && called.matches() && isNounPhrase(called.group("term"))) {
            int lead = sentence.indexOf(sentence.strip());
            Mention term = term(offset + lead + called.start("term"), called.group("term"));
            if (!overlaps(found, term)) {
                found.add(term);
                var meaning = new TextRange(offset + lead + called.start("meaning"), offset + lead + called.end("meaning"));
                definitions.add(new Definition(term, meaning, lowerFirst(called.group("meaning"))));
            }
        }
        // The apposition patterns are costly to try: only where the sentence has what they need (", a", ", the", ", ").
        boolean apposition = sentence.contains(", a") || sentence.contains(", the");
        Matcher named = NAMED_AFTER.matcher(sentence);
        while (sentence.contains(", ") && named.find()) {
            Mention term = term(offset + named.start("term"), named.group("term"));
            if (!overlaps(found, term) && !EnglishLexicon.isStopWord(named.group("term")) && !NOT_DEFINING.contains(named.group("head"))
                    && !SERIES_MEANING.matcher(named.group("meaning")).find()
                    && !LIST_ENDS.matcher(sentence.substring(named.end("term"))).lookingAt()
                    && definitions.stream().noneMatch(other -> overlapsRange(other.term(), term))) {
                found.add(term);
                var meaning = new TextRange(offset + named.start("meaning"), offset + named.end("meaning"));
                String clause = named.group("clause") == null ? "" : " " + named.group("clause");
                definitions.add(new Definition(term, meaning, named.group("meaning") + clause));
            }
        }
        Matcher appositive = APPOSITIVE.matcher(sentence);
        while (apposition && appositive.find()) {
            Mention term = term(offset + appositive.start("term"), appositive.group("term"));
            String head = (appositive.group("head") != null ? appositive.group("head") : appositive.group("theHead")).toLowerCase(Locale.ROOT);
            boolean renaming = appositive.group("meaning").split("\\s+").length < 3; // "a speck of dust, a micrometeoroid": a new name, not a meaning
            if (!renaming && !overlaps(found, term) && !EnglishLexicon.isStopWord(firstWord(appositive.group("term"))) && !NOT_DEFINING.contains(head)
                    && !CLAUSE_NOT_APPOSITION.matcher(appositive.group("meaning")).find()
                    && !LIST_GOES_ON.matcher(sentence.substring(appositive.end("meaning"))).matches()
                    && !NAMED_BEFORE.matcher(sentence.substring(0, appositive.start("term"))).find()
                    && !PERSONAL_SUBJECT.matcher(appositive.group("meaning")).find()
                    && definitions.stream().noneMatch(other -> overlapsRange(other.term(), term))) {
                found.add(term);
                var meaning = new TextRange(offset + appositive.start("meaning"), offset + appositive.end("meaning"));
                definitions.add(new Definition(term, meaning, appositive.group("meaning")));
            }
        }
        for (Pattern pattern : List.of(KNOWN_AS, QUOTED, KIND_OF)) {
            Matcher matcher = pattern.matcher(sentence);
            while (matcher.find()) {
                String termText = matcher.group("term").strip();
                int words = termText.split("\\s+").length;
                Mention term = term(offset + matcher.start("term"), termText);
                if (pattern == QUOTED) {
                    found.removeIf(m -> m.kind() == MentionKind.NAME && term.start() <= m.start() && m.end() <= term.end());
                }
                boolean quotedTitleOrSaying = pattern == QUOTED && (Character.isUpperCase(termText.codePointAt(0)) || words > 3
                        || List.of(termText.toLowerCase(Locale.ROOT).split("\\s+")).stream().anyMatch(w -> EnglishLexicon.isStopWord(w) && !w.equals("of")));
                boolean verb = pattern == KIND_OF && VERB_AFTER_A_KIND.matcher(sentence.substring(matcher.start("term"))).lookingAt();
                if (words <= 4 && !termText.isBlank() && !overlaps(found, term) && !quotedTitleOrSaying && !verb
                        && !EnglishLexicon.isStopWord(firstWord(termText))) {
                    found.add(term);
                }
            }
        }
    }

    /**
     * Whether what follows "X:" or "X is" says what X is, rather than heading a section ("Antibiotic
     * resistance: why our medicines fail"), giving an example of something ("an example of natural
     * selection") or explaining why ("a useful store because it is insoluble").
     */
    private static boolean isMeaning(String meaning) {
        return !NOT_A_MEANING.matcher(meaning).lookingAt() && !meaning.contains(" because ");
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** True for a term that reads as a noun phrase: no function word in it but "of", no comparative opening it ("the better the site"). */
    private static boolean isNounPhrase(String term) {
        String[] words = term.toLowerCase(Locale.ROOT).split("\\s+");
        for (String word : words) {
            if (EnglishLexicon.isStopWord(word) && !word.equals("of") || word.endsWith("ly")) {
                return false;
            }
        }
        return !words[0].matches("better|worse|more|less|bigger|smaller|higher|lower|greater|further|reason|result|problem|answer"
                + "|first|second|third|fourth|fifth|last|next|final|other|another|looking|key|note|summary|source"
                + "|remember|safety|tip|hint|warning|caution|important|example|question|answer|task|activity");
    }

    private static boolean overlapsRange(Mention a, Mention b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private static List<String> titleTerms(String title, Set<String> capitalized) {
        List<String> terms = new ArrayList<>();
        StringBuilder phrase = new StringBuilder();
        for (String word : (title + " .").split("[\\s\\p{Punct}“”‘’]+")) {
            boolean content = word.length() > 2 && word.chars().allMatch(Character::isLetter)
                    && !EnglishLexicon.isStopWord(word) && !capitalized.contains(word);
            if (content) {
                phrase.append(phrase.isEmpty() ? "" : " ").append(word.toLowerCase(Locale.ROOT));
            } else {
                if (phrase.indexOf(" ") > 0 || phrase.length() >= 9) {
                    terms.add(phrase.toString());
                }
                phrase.setLength(0);
            }
        }
        return terms;
    }

    private static void addTitleTerms(Reading reading, List<String> titleTerms, List<Mention> mentions, String text) {
        String lower = text.substring(reading.range().start(), reading.range().end()).toLowerCase(Locale.ROOT);
        for (String term : titleTerms) {
            int at = lower.indexOf(term);
            boolean wholeWords = at >= 0 && (at == 0 || !Character.isLetter(lower.charAt(at - 1)))
                    && (at + term.length() == lower.length() || !Character.isLetter(lower.charAt(at + term.length())));
            if (wholeWords) {
                int start = reading.range().start() + at;
                Mention mention = term(start, text.substring(start, start + term.length()));
                if (!overlaps(mentions, mention)) {
                    mentions.add(mention);
                }
            }
        }
    }

    /**
     * Words likely to be terms a teacher asks about, without a dictionary: long lower-case words,
     * or shorter ones the document repeats, that are not adverbs, participles or function words.
     */
    private static Set<String> keyWords(List<Reading> readings, Set<String> capitalized) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        readings.forEach(reading -> reading.tokens().stream()
                .filter(token -> token.isLowerCase() && token.text().chars().allMatch(c -> Character.isLetter(c) || c == '-'))
                .forEach(token -> counts.merge(token.text(), 1, Integer::sum)));
        Set<String> keyWords = new HashSet<>();
        counts.forEach((word, count) -> {
            boolean shaped = word.length() >= KEY_WORD_LENGTH || word.length() >= 6 && count >= 3;
            boolean excluded = word.endsWith("ly") || word.endsWith("ing") || word.endsWith("ed")
                    || EnglishLexicon.isStopWord(word) || capitalized.contains(capitalize(word));
            if (shaped && !excluded) {
                keyWords.add(word);
            }
        });
        return keyWords;
    }

    /** Adds the sentence's two longest key words as terms, where nothing else stands. */
    private static void addKeyWords(Reading reading, Set<String> keyWords, List<Mention> mentions) {
        reading.tokens().stream()
                .filter(token -> keyWords.contains(token.text()))
                .sorted(Comparator.comparingInt((Token token) -> -token.text().length()).thenComparingInt(Token::start))
                .limit(2)
                .map(token -> Mention.name(MentionKind.KEYWORD, new TextRange(token.start(), token.end()), token.text()))
                .filter(term -> !overlaps(mentions, term) && mentions.stream().noneMatch(m -> m.text().equalsIgnoreCase(term.text())
                        || m.kind() == MentionKind.NUMBER && m.counted().toLowerCase(Locale.ROOT).endsWith(term.text())))
                .forEach(mentions::add);
    }

    private static String capitalize(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static AnalysedSentence sentence(Reading reading, List<Mention> mentions, String text, Set<String> capitalized,
            List<TextRange> furniture, String previousSentence, boolean weVoice) {
        String sentence = text.substring(reading.range().start(), reading.range().end());
        int opening = furniture.stream().filter(piece -> piece.start() == reading.range().start() && piece.end() < reading.range().end())
                .mapToInt(piece -> piece.end() - piece.start()).findFirst().orElse(0);
        Matcher bullet = BULLET.matcher(sentence);
        opening = Math.max(opening, bullet.lookingAt() ? bullet.end() : 0);
        Matcher leadIn = LEAD_IN.matcher(sentence).region(opening, sentence.length());
        boolean connective = leadIn.lookingAt() && (leadIn.group("word") == null
                || EnglishLexicon.CONNECTIVES.contains(leadIn.group("word").toLowerCase(Locale.ROOT)));
        int lead = connective ? leadIn.end() : opening;
        String rest = sentence.substring(lead);
        String first = firstWord(rest);
        boolean needsContext = EnglishLexicon.ANAPHORIC_STARTS.contains(first.toLowerCase(Locale.ROOT)) && !first.equals("There")
                || RELATIVE_TIME.matcher(sentence).lookingAt()
                || refersBack(rest, previousSentence) || namesBack(rest)
                || leansOnEarlyPronoun(rest, reading.range().start() + lead, mentions, weVoice);
        int firstOffset = reading.range().start() + lead;
        boolean properStart = first.equals("I") || first.isEmpty() || !Character.isLetter(rest.codePointAt(0))
                || capitalized.contains(first) && !EnglishLexicon.isStopWord(first)
                || !EnglishLexicon.isStopWord(first) && TWO_NAMES.matcher(rest).lookingAt() // "Ioannis Kapodistrias, a former ..."
                || mentions.stream().anyMatch(m -> m.start() == firstOffset && m.kind().isName())
                || EnglishLexicon.PERSON_TITLES.contains(first.toLowerCase(Locale.ROOT))
                        && mentions.stream().anyMatch(m -> m.kind().isName() && m.start() == firstOffset + first.length() + 1);
        int words = sentence.isBlank() ? 0 : sentence.strip().split("\\s+").length;
        boolean terminal = TERMINAL.matcher(Furniture.withoutMarkers(sentence).strip()).find();
        // A glossary line ("digestion – the breakdown of large molecules") needs no full stop to be read.
        boolean glossaryLine = !reading.definitions().isEmpty() && GLOSSARY.matcher(sentence.strip()).matches();
        boolean questionable = !reading.furniture() && words >= 5 && words <= 60 && (terminal || glossaryLine) && !isCapitals(sentence) && !EXERCISE.matcher(sentence).lookingAt()
                && contentWords(sentence) >= 1
                && !endsAQuotation(sentence) && quotesBalanced(sentence) && !(!terminal && LABEL.matcher(sentence).find())
                && !sentence.strip().endsWith("?") && !DOUBTED.matcher(sentence).find() && !SOURCE_BOX.matcher(sentence.strip()).lookingAt() && !FIGURE_LABEL.matcher(sentence.strip()).lookingAt();
        return new AnalysedSentence(reading.index(), reading.paragraph(), reading.range(), sentence, mentions,
                reading.definitions(), reading.roles(), needsContext, lead, properStart, questionable);
    }

    /**
     * True for a sentence that opens with "The" and a noun the sentence before has just used:
     * "The report was issued on 30 June 1880" after a sentence about the inquiry's report.
     */
    private static boolean refersBack(String rest, String previousSentence) {
        Matcher definite = DEFINITE_START.matcher(rest);
        if (!definite.lookingAt() || previousSentence.isEmpty()) {
            return rest.startsWith("Here ") || rest.startsWith("Here,");
        }
        String noun = definite.group(1);
        return GENERIC_REFERENCES.contains(noun)
                || previousSentence.toLowerCase(Locale.ROOT).matches("(?s).*\\b" + Pattern.quote(noun) + "s?\\b.*");
    }

    /** "The Act was repealed in 1946": a capitalised common noun after "The", standing for a name given before. */
    private static boolean namesBack(String rest) {
        Matcher definite = DEFINITE_NAME_START.matcher(rest);
        return definite.lookingAt() && GENERIC_REFERENCES.contains(definite.group(1).toLowerCase(Locale.ROOT));
    }

    /**
     * True when the document speaks as "we" throughout (a report, a statement, a speech): its "we" is
     * its author, known from the document itself, not someone the sentence before must name.
     */
    private static boolean speaksAsWe(String text) {
        int words = Math.max(1, text.split("\\s+").length);
        String unquoted = text.replaceAll("[“\"][^”\"]*[”\"]", " ");
        return WE_WORD.matcher(unquoted).results().count() * 1000 / words >= 6;
    }

    /** Lower-case words that carry content: a dateline ("Barrack Hospital, Scutari, 14th February, 1855.") has none. */
    private static long contentWords(String sentence) {
        return LETTERS_WORD.matcher(sentence).results().map(java.util.regex.MatchResult::group)
                .filter(word -> Character.isLowerCase(word.codePointAt(0)) && !EnglishLexicon.isStopWord(word)).count();
    }

    /** True for a line in capitals, a heading: "THE REBELLION OF THE DUKE OF MONMOUTH." */
    private static boolean isCapitals(String sentence) {
        long letters = sentence.chars().filter(Character::isLetter).count();
        long capitals = sentence.chars().filter(Character::isUpperCase).count();
        return letters > 0 && capitals * 10 >= letters * 7;
    }

    /**
     * True when a personal pronoun stands among the first twelve words: "In 1896 he found that ..."
     * needs the sentence before; "he" or "his" in a sentence that names a person of its own
     * ("only days after receiving his doctorate, Nansen set out") does not.
     */
    private static boolean leansOnEarlyPronoun(String rest, int restStart, List<Mention> mentions, boolean weVoice) {
        Matcher word = WORD.matcher(rest);
        for (int i = 0; i < 12 && word.find(); i++) {
            String lower = word.group().toLowerCase(Locale.ROOT);
            if (THING_PRONOUNS.contains(lower)) {
                if (thingNamedBefore(rest, word.start(), restStart, mentions) || standsForNothing(rest, word.start())) {
                    continue;
                }
                return true;
            }
            if (CONTEXT_PRONOUNS.contains(lower) && !(weVoice && WE.contains(lower))) {
                return !(PERSONAL_PRONOUNS.contains(lower) && namesItsPerson(rest, restStart, word.start(), mentions));
            }
        }
        return false;
    }

    /**
     * True when what "it" or "this" stands for may be in the sentence itself: "In 1347 it reached
     * Caffa" and "showed that this system could be reprogrammed" lean on the sentence before; "The
     * city lost half its people" and "the Act ... this Act" do not.
     */
    private static boolean thingNamedBefore(String rest, int at, int restStart, List<Mention> mentions) {
        String before = rest.substring(0, at);
        Matcher word = WORD.matcher(rest).region(at, rest.length());
        String pronoun = word.find() ? word.group().toLowerCase(Locale.ROOT) : "";
        if (pronoun.equals("this") || pronoun.equals("these")) {
            return word.find() && before.toLowerCase(Locale.ROOT).contains(word.group().toLowerCase(Locale.ROOT));
        }
        boolean there = pronoun.equals("there"); // "Webb arrived there" needs the place the sentence before names
        boolean named = mentions.stream().anyMatch(mention -> (there ? mention.kind() == MentionKind.PLACE : mention.kind().isName())
                && mention.start() >= restStart && mention.start() < restStart + at);
        return named || !there && contentWords(before) > 0;
    }


    /** True for an "it" that stands for nothing, or "this" naming a time. */
    private static boolean standsForNothing(String rest, int at) {
        return EMPTY_IT.matcher(rest).region(at, rest.length()).lookingAt() || TIME_THIS.matcher(rest).region(at, rest.length()).lookingAt()
                || EMPTY_THERE.matcher(rest).region(at, rest.length()).lookingAt();
    }

    /**
     * True when the sentence names the person its pronoun stands for: before the pronoun, or as the
     * subject right after the phrase the pronoun opens ("after receiving his doctorate, Nansen set out").
     */
    private static boolean namesItsPerson(String rest, int restStart, int pronoun, List<Mention> mentions) {
        int comma = rest.indexOf(", ", pronoun);
        int subject = comma < 0 ? -1 : restStart + comma + 2;
        return mentions.stream().filter(mention -> mention.kind() == MentionKind.PERSON)
                .anyMatch(mention -> mention.start() < restStart + pronoun || mention.start() == subject);
    }

    /** False for a sentence that opens a quotation it does not close (or closes one it did not open): it would be misquoted. */
    private static boolean quotesBalanced(String sentence) {
        long straight = sentence.chars().filter(c -> c == '"').count();
        long opening = sentence.chars().filter(c -> c == '“').count();
        long closing = sentence.chars().filter(c -> c == '”').count();
        return straight % 2 == 0 && opening == closing;
    }

    /**
     * True for the last sentence of a quotation that began in an earlier one ("We were able to
     * break that."): said by someone the source quotes, so it cannot be put as the source's claim.
     */
    private static boolean endsAQuotation(String sentence) {
        long straight = sentence.chars().filter(c -> c == '"').count();
        long opening = sentence.chars().filter(c -> c == '“').count();
        long closing = sentence.chars().filter(c -> c == '”').count();
        boolean closesAtEnd = QUOTE_AT_END.matcher(sentence).find();
        return closesAtEnd && (straight % 2 == 1 || closing > opening);
    }

    private static Mention term(int start, String text) {
        return Mention.name(MentionKind.TERM, new TextRange(start, start + text.length()), text);
    }

    private static String firstWord(String text) {
        Matcher word = WORD.matcher(text);
        return word.lookingAt() ? word.group() : "";
    }

    private static boolean covered(List<Mention> found, int offset) {
        return found.stream().anyMatch(m -> m.start() <= offset && offset < m.end());
    }

    private static boolean overlaps(List<Mention> found, Mention candidate) {
        return found.stream().anyMatch(m -> m.start() < candidate.end() && candidate.start() < m.end());
    }
}
