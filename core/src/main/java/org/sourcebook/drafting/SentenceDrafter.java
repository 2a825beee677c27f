package org.sourcebook.drafting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.item.ChoiceOption;
import org.sourcebook.content.item.Cloze;
import org.sourcebook.content.item.ClozeGap;
import org.sourcebook.content.item.FactCard;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemInfo;
import org.sourcebook.content.item.ItemKind;
import org.sourcebook.content.item.ItemOrigin;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.item.Numeric;
import org.sourcebook.content.item.NumericTolerance;
import org.sourcebook.content.item.OptionId;
import org.sourcebook.content.item.SingleChoice;
import org.sourcebook.content.item.TextComparison;
import org.sourcebook.content.item.TrueFalse;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.Span;
import org.sourcebook.content.source.TextRange;

/**
 * Drafts the items one sentence supports. Each fact worth asking (a date, a counted figure, a
 * typed name, a defined term) becomes several candidates of different kinds, of which the
 * selection keeps at most one; facts that would be guessed, trivial, ambiguous or wrongly typed
 * give none. Also a true/false statement (as given, and with one value changed), and cards for
 * the definitions and roles the sentence states. A sentence that leans on the one before carries
 * it as context.
 */
final class SentenceDrafter {

    private static final Pattern YEAR_IN_TEXT = Pattern.compile("(?<![\\d.,£$€])\\b1[5-9]\\d\\d\\b|\\b20[0-4]\\d\\b");

    /** Longer prompts are too long to read as one question. */
    static final int MAX_PROMPT_CHARS = 380;
    /**
     * A card is for what students should still know in a month: a date or a figure becomes one only
     * from the text's more central sentences (definitions and roles always do).
     */
    private static final double CARD_CENTRALITY = 0.7;
    /** Longer sentences make a true/false statement that tests reading stamina, not knowledge. */
    private static final int MAX_STATEMENT_WORDS = 25;

    /** "A", "An" or "The" right before a defined term: "what is a tectonic plate?". */
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("\\b(A|An|The|a|an|the)\\s+$");
    /** An aside in parentheses, with the space before it. */
    private static final Pattern ASIDE = Pattern.compile("\\s*\\([^()]{1,80}\\)");
    /** A clause that continues the one before it and cannot stand alone. */
    private static final Pattern CONTINUING = Pattern.compile("(?i)(?:and|but|or|so|yet|which|who|where|here|there|it|they|this|these)\\b");

    private final DocumentVersion version;
    private final DraftingLanguage language;
    private final Phrasing phrasing;
    private final Distractors distractors;
    private final DocumentProfile profile;
    private final DraftIds ids;
    /** Whether a sentence's dates are incidental, by sentence: every kind of item on a date asks it. */
    private final Map<Integer, Boolean> incidents = new HashMap<>();

    SentenceDrafter(DraftingLanguage language, Phrasing phrasing, Distractors distractors, DocumentProfile profile, DraftIds ids) {
        this.version = profile.analysis().version();
        this.language = language;
        this.phrasing = phrasing;
        this.distractors = distractors;
        this.profile = profile;
        this.ids = ids;
    }

    /** Every candidate {@code sentence} supports; {@code previous} is the sentence before it, or null. */
    List<Candidate> draft(AnalysedSentence sentence, @Nullable AnalysedSentence previous) {
        if (!sentence.questionable()) {
            return List.of();
        }
        Context context = Context.of(sentence, previous, language.personReference(sentence, previous, profile.personTopic()));
        if (context.whole().length() > MAX_PROMPT_CHARS || context.missing()) {
            return List.of();
        }
        List<Candidate> candidates = new ArrayList<>();
        boolean defines = sentence.definitions().stream().anyMatch(definition -> definition.term().start() <= context.bodyStart() + 4);
        for (Mention mention : sentence.mentions()) {
            if (!defines && mention.start() >= context.bodyStart() && isWorthAsking(mention, sentence, context)) {
                draftAbout(mention, sentence, context, candidates);
            }
        }
        if (!defines) {
            draftStatements(sentence, context, candidates);
        }
        if (!profile.isClaim(sentence.index())) {
            // In a speech, a statement or a letter "X is Y" is the author's rhetoric ("copper is the lifeblood of our economy").
            if (!profile.reading().kind().argues() && profile.reading().kind() != SourceKind.DIARY) {
                sentence.definitions().forEach(definition -> candidates.add(definitionCard(definition, sentence, context)));
            }
            Reason reason = language.reasonIn(sentence);
            if (reason != null && !context.startsWithPrefix()) {
                candidates.add(reasonCard(reason, sentence, context));
            }
            sentence.roles().stream()
                    .filter(role -> role.person().kind() == MentionKind.PERSON || role.person().kind() == MentionKind.NAME)
                    .filter(role -> !profile.isMainSubject(role.person()) || sentence.index() < 3)
                    .forEach(role -> candidates.add(roleCard(role, sentence, context)));
        }
        return candidates;
    }

    /**
     * The filters every asked fact passes: not page furniture (gone already), not the text's main
     * subject, not standing elsewhere in the prompt, not trivial, not inside someone else's
     * quotation, and of a kind a question can name.
     */
    private boolean isWorthAsking(Mention mention, AnalysedSentence sentence, Context context) {
        // Words in quotation marks are worth a gap only as a term the sentence introduces ("known as 'coffin ships'"); a
        // quoted phrase ("the Board was 'deeply shocked'") tests a stock phrase, not what was said.
        boolean quotedTerm = mention.kind() == MentionKind.TERM && insideQuotation(mention, sentence)
                && language.isIntroducedTerm(mention, sentence);
        if (mention.kind() == MentionKind.NAME || mention.ordinal() || profile.isMainSubject(mention)
                || !language.isWorthAsking(mention, sentence) || insideQuotation(mention, sentence) && !quotedTerm) {
            return false;
        }
        if (inTitle(mention) || mention.kind().isTemporal() && (mention.date() == null || mention.date().decade()
                || nearbyYearGivesAway(mention, sentence))) {
            return false;
        }
        if (mention.kind() == MentionKind.KEYWORD && (profile.reading().hasPointOfView()
                || distractors.frequency(mention.text()) < 3 && !language.isIntroducedTerm(mention, sentence))) {
            return false;
        }
        return !isLeaked(mention, context);
    }

    private void draftAbout(Mention mention, AnalysedSentence sentence, Context whole, List<Candidate> candidates) {
        Context context = whole.narrowedTo(mention);
        Target target = target(mention);
        boolean count = target == Target.COUNT;
        String question = count ? phrasing.howMany(mention.clause())
                : phrasing.whichCompletes(mention.kind(), context.replacing(mention, phrasing.gap()));
        boolean claim = profile.isClaim(sentence.index());
        if (!Cloze.MARKER.matcher(context.whole()).find() && mention.kind() != MentionKind.PLACE) {
            Mention typed = yearOf(mention);
            String prompt = phrasing.attributed(context.replacing(typed, Cloze.marker(1)), context.capitalKept(typed));
            candidates.add(candidate(ItemKind.CLOZE, target, sentence, mention, "cloze:" + mention.start(), prompt, context, claim,
                    false, (info) -> new Cloze(info, List.of(new ClozeGap(language.acceptedAnswers(typed))), TextComparison.LENIENT)));
        }
        if (isNumericKind(mention)) {
            BigDecimal value = mention.value();
            String unit = mention.kind() == MentionKind.NUMBER && mention.counted().split(" ").length <= 2 ? mention.counted() : null;
            candidates.add(candidate(ItemKind.NUMERIC, target, sentence, mention, "numeric:" + mention.start(), question, context,
                    claim, false, (info) -> new Numeric(info, value, NumericTolerance.exact(), unit)));
        }
        Distractors.Found found = distractors.forAnswer(mention, context.whole(), 3);
        if (found.values().size() == 3 && !gapAfterArticle(context, mention)) {
            List<ChoiceOption> options = options(mention, found.values());
            candidates.add(candidate(ItemKind.SINGLE_CHOICE, target, sentence, mention, "choice:" + mention.start(), question, context,
                    claim, found.generated(), (info) -> new SingleChoice(info, options)));
        }
        boolean keyFact = (count || mention.kind().isTemporal()) && profile.centrality(sentence.index()) >= CARD_CENTRALITY;
        if (!claim && (keyFact || target == Target.TERM && language.isIntroducedTerm(mention, sentence))) {
            String answer = count ? mention.text() + " " + mention.counted() : mention.text();
            candidates.add(candidate(ItemKind.FACT_CARD, target, sentence, mention, "card:" + mention.start(), question, context,
                    false, false, (info) -> new FactCard(info, answer)));
        }
    }

    /**
     * For a date with a day ("20 June 2009"), its year as a mention of its own: a typed answer
     * asks for the year, the part worth remembering, and the day and month stay in the prompt.
     */
    private static Mention yearOf(Mention mention) {
        if (mention.kind() != MentionKind.DATE || mention.date() == null || mention.date().day() == 0) {
            return mention;
        }
        String year = String.valueOf(mention.date().year());
        int at = mention.text().lastIndexOf(year);
        if (at < 0) {
            return mention;
        }
        int start = mention.start() + at;
        return new Mention(MentionKind.YEAR, new TextRange(start, start + year.length()), year, "", "", mention.value(),
                DateKey.ofYear(mention.date().year()), false);
    }

    private Target target(Mention mention) {
        return switch (mention.kind()) {
            case DATE -> Target.DATE;
            case YEAR -> Target.YEAR;
            case NUMBER -> !mention.clause().isEmpty() && !profile.isCountedElsewhere(mention) ? Target.COUNT : Target.FIGURE;
            case PERSON -> Target.PERSON;
            case PLACE -> Target.PLACE;
            case ORGANISATION -> Target.ORGANISATION;
            case TERM -> Target.TERM;
            case KEYWORD, NAME -> Target.KEYWORD;
        };
    }

    private List<ChoiceOption> options(Mention mention, List<String> wrong) {
        List<String> texts = new ArrayList<>(wrong);
        int correctAt = Math.floorMod((mention.text() + mention.start()).hashCode(), 4);
        texts.add(correctAt, mention.text());
        List<ChoiceOption> options = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            options.add(new ChoiceOption(OptionId.of(String.valueOf((char) ('a' + i))), Texts.clean(texts.get(i)), i == correctAt, ""));
        }
        return options;
    }

    private Candidate candidate(ItemKind kind, Target target, AnalysedSentence sentence, Mention mention, String key, String prompt,
            Context context, boolean claim, boolean madeUp, java.util.function.Function<ItemInfo, Item> build) {
        long figures = sentence.mentions().stream().filter(m -> m.kind() == MentionKind.NUMBER || m.kind().isTemporal()).count();
        boolean decade = mention.date() != null && mention.date().decade();
        // A repeated word the text does not introduce as a term is seldom worth a gap; it stays a candidate, below the floor.
        boolean plainWord = mention.kind() == MentionKind.KEYWORD && !language.isIntroducedTerm(mention, sentence);
        // "announced in _____", "married in _____", "twenty minutes later": what was found or who was married is the point.
        boolean incidental = mention.kind().isTemporal()
                && incidents.computeIfAbsent(sentence.index(), index -> language.datesAnIncident(sentence))
                || mention.kind() == MentionKind.NUMBER && language.countsAMoment(mention);
        double score = Scoring.round(Scoring.score(new Scoring.Signals(kind, target, profile.centrality(sentence.index()), words(prompt),
                context.startsWithPrefix(), madeUp, claim)) - 0.04 * Math.max(0, figures - 2) - (decade ? 0.08 : 0) - (plainWord ? 0.15 : 0)
                - (incidental ? 0.15 : 0));
        Supplier<Item> item = () -> build.apply(info(key, prompt, context, sentence, score));
        return new Candidate(kind, target, score, sentence.index(), sentence.paragraph(), Distractors.key(mention.text()), key, item);
    }

    private Candidate definitionCard(Definition definition, AnalysedSentence sentence, Context context) {
        String term = definition.term().text();
        String before = sentence.text().substring(0, definition.term().start() - sentence.range().start());
        Matcher article = ARTICLE_BEFORE.matcher(before);
        boolean atStart = article.find() ? article.start() == sentence.leadIn() : definition.term().start() == context.bodyStart();
        boolean capitalOnlyForTheStart = atStart && !sentence.properStart();
        String shown = capitalOnlyForTheStart ? term.substring(0, 1).toLowerCase(Locale.ROOT) + term.substring(1) : term;
        boolean singularWithArticle = article.find(0) && !article.group(1).equalsIgnoreCase("the") || article.find(0) && !shown.endsWith("s");
        String prompt = singularWithArticle ? phrasing.whatIs(article.group(1).toLowerCase(Locale.ROOT) + " " + shown)
                : phrasing.whatMeans(shown);
        String key = "definition:" + definition.term().start();
        double score = Scoring.score(new Scoring.Signals(ItemKind.FACT_CARD, Target.DEFINITION, profile.centrality(sentence.index()),
                words(definition.meaningText()), context.startsWithPrefix(), false, false));
        String meaning = Texts.clean(definition.meaningText());
        return new Candidate(ItemKind.FACT_CARD, Target.DEFINITION, score, sentence.index(), sentence.paragraph(),
                Distractors.key(term), key, () -> new FactCard(info(key, prompt, context, sentence, score), upperFirst(meaning)));
    }

    /** A card asking why: the fact the sentence states on the front, the reason it gives on the back. */
    private Candidate reasonCard(Reason reason, AnalysedSentence sentence, Context context) {
        String key = "reason:" + sentence.index();
        String prompt = phrasing.why(reason.fact(), sentence.properStart());
        double score = Scoring.score(new Scoring.Signals(ItemKind.FACT_CARD, Target.REASON, profile.centrality(sentence.index()),
                words(prompt), false, false, false));
        String answer = upperFirst(Texts.clean(reason.reason())) + (reason.reason().endsWith(".") ? "" : ".");
        return new Candidate(ItemKind.FACT_CARD, Target.REASON, score, sentence.index(), sentence.paragraph(), key, key,
                () -> new FactCard(info(key, prompt, context, sentence, score), answer));
    }

    private Candidate roleCard(Role role, AnalysedSentence sentence, Context context) {
        String key = "role:" + role.person().start();
        double score = Scoring.score(new Scoring.Signals(ItemKind.FACT_CARD, Target.ROLE, profile.centrality(sentence.index()),
                words(role.role()), context.startsWithPrefix(), false, false));
        String answer = upperFirst(Texts.clean(role.role()));
        return new Candidate(ItemKind.FACT_CARD, Target.ROLE, score, sentence.index(), sentence.paragraph(),
                Distractors.key(role.person().text()), key,
                () -> new FactCard(info(key, phrasing.whoIs(role.person().text()), context, sentence, score), answer));
    }

    /**
     * A true/false statement of the sentence, as given and with one figure or date changed to one
     * the text does not give (a name put in instead of another would often make no sense, and a
     * figure or date the text gives elsewhere might be true there); the selection takes whichever
     * keeps true and false answers balanced. A statement that accuses is not
     * changed: its false version would only test whether a student disbelieves the accusation.
     */
    /**
     * A figure in an aside ("Hubble, which orbits about 540 km up", "Wenmouth, a city of about 240,000 people"): a statement
     * made false there is true in what it says and false only in its aside, a trick judges rejected.
     */
    private static final Pattern ASIDE_BEFORE = Pattern.compile("(?:,\\s+(?:which|who|whose|where|home to|an?\\s+\\p{L}+\\s+of)\\b[^,;]*|\\([^)]*)$");

    private void draftStatements(AnalysedSentence sentence, Context context, List<Candidate> candidates) {
        if (context.startsWithPrefix() || sentence.wordCount() > MAX_STATEMENT_WORDS || sentence.text().strip().endsWith("?")
                || profile.centrality(sentence.index()) < 0.5) {
            return;
        }
        boolean claim = profile.isClaim(sentence.index());
        Mention changed = claim ? null : sentence.mentions().stream()
                .filter(m -> m.start() >= context.bodyStart() && isChangeable(m, sentence, context))
                .min(Comparator.comparingInt(SentenceDrafter::changePriority).thenComparingInt(Mention::start))
                .orElse(null);
        if (changed == null) {
            return;
        }
        String replacement = distractors.forStatement(changed, context.whole());
        if (replacement == null) {
            return;
        }
        Candidate asGiven = statement(sentence, context, context.whole(), true, null, claim);
        Candidate altered = statement(sentence, context, context.replacing(changed, replacement), false, changed, claim);
        candidates.add(asGiven.withAlternative(altered));
    }

    private boolean isChangeable(Mention mention, AnalysedSentence sentence, Context context) {
        boolean kind = mention.kind() == MentionKind.NUMBER && !mention.counted().isEmpty() || mention.kind().isTemporal();
        return kind && !mention.ordinal() && !insideQuotation(mention, sentence) && language.isWorthAsking(mention, sentence)
                && !profile.isMainSubject(mention) && !isLeaked(mention, context)
                && !ASIDE_BEFORE.matcher(sentence.slice(sentence.range().start(), mention.start())).find();
    }

    private Candidate statement(AnalysedSentence sentence, Context context, String text, boolean truth, @Nullable Mention changed,
            boolean claim) {
        String prompt = phrasing.attributed(text, context.capitalKept(truth ? null : changed));
        Target target = truth ? Target.STATEMENT_AS_GIVEN : Target.STATEMENT_CHANGED;
        double score = Scoring.score(new Scoring.Signals(ItemKind.TRUE_FALSE, target, profile.centrality(sentence.index()), words(prompt),
                false, false, claim));
        String key = "truefalse:" + sentence.index() + (truth ? "" : ":changed");
        return new Candidate(ItemKind.TRUE_FALSE, target, score, sentence.index(), sentence.paragraph(), "statement", key,
                () -> new TrueFalse(info(key, prompt, context, sentence, score), truth));
    }

    private ItemInfo info(String key, String prompt, Context context, AnalysedSentence sentence, double score) {
        Span citation = version.cite(context.cited());
        return new ItemInfo(ids.item(key), Texts.clean(prompt), Texts.clean(phrasing.sourceSays(sentence.text())), List.of(citation),
                List.of(), ItemStatus.DRAFT, ItemOrigin.DRAFTED, score);
    }

    /**
     * True when another year of the same sentence lies within five years of {@code date}'s: "by 1970,
     * ... in _____, and in 1972" or "the war of 1828–1829 ended in _____" leave one sensible option.
     */
    private static boolean nearbyYearGivesAway(Mention date, AnalysedSentence sentence) {
        return sentence.mentions().stream().filter(other -> other != date && other.kind().isTemporal() && other.date() != null)
                .anyMatch(other -> Math.abs(other.date().year() - date.date().year()) <= 5)
                || YEAR_IN_TEXT.matcher(sentence.text()).results().map(result -> Integer.parseInt(result.group()))
                        .anyMatch(year -> year != date.date().year() && Math.abs(year - date.date().year()) <= 5);
    }

    /**
     * True when the document's title gives the answer away: a name in it, a year in it ("Fridtjof
     * Nansen (1861–1930)" tells when he was born and died), or a count its ordinal gives ("Twenty-Fifth
     * Anniversary" tells how many years ago).
     */
    private boolean inTitle(Mention mention) {
        String title = version.metadata().title();
        if (mention.kind().isTemporal() && mention.date() != null) {
            return Words.containsWord(title, String.valueOf(mention.date().year()), false);
        }
        boolean ordinalInTitle = mention.kind() == MentionKind.NUMBER && mention.value() != null
                && language.ordinalsIn(title).contains(mention.value().intValue());
        return ordinalInTitle || Words.containsWord(title, mention.text(), false);
    }

    /** True when the gap follows "a" or "an": the article would tell the answer from the options. */
    private static boolean gapAfterArticle(Context context, Mention mention) {
        String before = context.replacing(mention, "\u0000");
        int gap = before.indexOf('\u0000');
        String preceding = before.substring(Math.max(0, gap - 4), gap).toLowerCase(Locale.ROOT);
        return preceding.endsWith(" a ") || preceding.endsWith(" an ") || preceding.equals("a ") || preceding.endsWith("an ");
    }

    /** True when the mention stands inside quotation marks: words the source quotes, not its own. */
    static boolean insideQuotation(Mention mention, AnalysedSentence sentence) {
        String before = sentence.text().substring(0, mention.start() - sentence.range().start());
        long straight = before.chars().filter(c -> c == '"').count();
        long opening = before.chars().filter(c -> c == '“').count();
        long closing = before.chars().filter(c -> c == '”').count();
        return straight % 2 == 1 || opening > closing;
    }

    /**
     * True when the answer stands elsewhere in the prompt text (the wording around the sentence
     * included), or, for a name, one of its capitalized words does ("Sargsyan" gives away "Serzh
     * Sargsyan").
     */
    private boolean isLeaked(Mention mention, Context context) {
        String gapped = context.replacing(mention, " ");
        String rest = phrasing.whichCompletes(mention.kind(), gapped) + " " + phrasing.attributed(gapped, true);
        if (Words.containsWord(rest, mention.text(), false)) {
            return true;
        }
        boolean numeric = mention.kind() == MentionKind.NUMBER || mention.kind() == MentionKind.YEAR;
        if (numeric && mention.value() != null && (Words.containsWord(rest, mention.value().toPlainString(), false)
                || mention.value().scale() <= 0 && Words.containsWord(rest, String.format(Locale.ENGLISH, "%,d", mention.value().longValue()), false))) {
            return true;
        }
        if (!mention.kind().isName() && mention.kind() != MentionKind.TERM) {
            return false;
        }
        for (String word : mention.text().split("[^\\p{L}\\d]+")) {
            if (word.length() >= 4 && Words.containsWord(rest, word, mention.kind() != MentionKind.TERM)) {
                return true;
            }
        }
        return false;
    }

    private static int changePriority(Mention mention) {
        return switch (mention.kind()) {
            case NUMBER -> 0;
            case YEAR, DATE -> 1;
            default -> 2;
        };
    }

    private static boolean isNumericKind(Mention mention) {
        return mention.kind() == MentionKind.NUMBER && !mention.ordinal() && !mention.clause().isEmpty()
                || mention.kind() == MentionKind.YEAR && !mention.date().decade();
    }

    private static int words(String text) {
        return Words.count(text);
    }

    private static String upperFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /**
     * The sentence as a prompt shows it: without its lead-in connective, after its context sentence
     * if it needs one, or with its pronoun shown as the person it stands for ("In 1891 [Curie]
     * moved to Paris").
     */
    private record Context(String prefix, boolean prefixKeepsCapital, int bodyStart, String body, boolean keepCapital,
            TextRange cited, boolean missing, @Nullable PersonReference reference, List<TextRange> hidden) {

        /** A sentence over this many words shows only the clause (between semicolons) that holds the answer. */
        static final int LONG_SENTENCE_WORDS = 28;

        static Context of(AnalysedSentence sentence, @Nullable AnalysedSentence previous, @Nullable PersonReference reference) {
            int bodyStart = sentence.range().start() + sentence.leadIn();
            String body = sentence.text().substring(sentence.leadIn());
            boolean referenced = reference != null && reference.start() >= bodyStart;
            boolean canLean = sentence.needsContext() && !referenced && previous != null && previous.paragraph() == sentence.paragraph()
                    && !previous.needsContext() && previous.questionable() && previous.wordCount() <= 30;
            if (!canLean) {
                return new Context("", false, bodyStart, body, sentence.properStart() || referenced && reference.start() == bodyStart,
                        sentence.range(), sentence.needsContext() && !referenced, referenced ? reference : null, List.of());
            }
            String prefix = previous.text().substring(previous.leadIn()) + " ";
            return new Context(prefix, previous.properStart(), bodyStart, body, true,
                    new TextRange(previous.range().start(), sentence.range().end()), false, null, List.of());
        }

        /**
         * This context showing less around {@code mention}: without asides in parentheses that do
         * not hold it ("(3.2 km)", "(1897)"), and, in a long sentence, without the clauses between
         * semicolons that do not hold it. The citation is still the whole sentence.
         */
        Context narrowedTo(Mention mention) {
            int from = mention.start() - bodyStart;
            int to = mention.end() - bodyStart;
            List<TextRange> hide = new ArrayList<>();
            Matcher aside = ASIDE.matcher(body);
            while (aside.find()) {
                if (aside.end() <= from || aside.start() >= to) {
                    hide.add(new TextRange(aside.start(), aside.end()));
                }
            }
            boolean clauseCut = false;
            boolean list = body.indexOf(':') >= 0 && body.indexOf(':') < body.indexOf("; ");
            if (body.split("\\s+").length > LONG_SENTENCE_WORDS && body.contains("; ") && !list) {
                int clauseStart = body.lastIndexOf("; ", from) < 0 ? 0 : body.lastIndexOf("; ", from) + 2;
                int clauseEnd = body.indexOf("; ", to) < 0 ? body.length() : body.indexOf("; ", to);
                String clause = body.substring(clauseStart, clauseEnd);
                if (clause.split("\\s+").length >= 6 && !CONTINUING.matcher(clause).lookingAt()) {
                    if (clauseStart > 0) {
                        hide.add(new TextRange(0, clauseStart));
                    }
                    int terminal = Math.max(body.lastIndexOf('.'), Math.max(body.lastIndexOf('!'), body.lastIndexOf('?')));
                    if (clauseEnd < body.length() && terminal > clauseEnd) {
                        hide.add(new TextRange(clauseEnd, terminal));
                    }
                    clauseCut = clauseStart > 0;
                }
            }
            boolean capital = clauseCut ? Character.isUpperCase(body.codePointAt(body.lastIndexOf("; ", from) + 2)) : keepCapital;
            return new Context(prefix, prefixKeepsCapital, bodyStart, body, capital, cited, missing, reference, TextRange.union(hide));
        }

        /** The text shown, with {@code replacement} standing where {@code mention} stands. */
        String replacing(@Nullable Mention mention, String replacement) {
            List<TextRange> cuts = new ArrayList<>(hidden);
            List<String> texts = new ArrayList<>(hidden.stream().map(range -> "").toList());
            if (mention != null) {
                cuts.add(new TextRange(mention.start() - bodyStart, mention.end() - bodyStart));
                texts.add(replacement);
            }
            if (reference != null && (mention == null || reference.end() <= mention.start() || reference.start() >= mention.end())) {
                cuts.add(new TextRange(reference.start() - bodyStart, reference.end() - bodyStart));
                texts.add(reference.shown());
            }
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < cuts.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparingInt((Integer i) -> cuts.get(i).start()));
            StringBuilder text = new StringBuilder();
            int at = 0;
            for (int i : order) {
                TextRange cut = cuts.get(i);
                if (cut.start() < at) {
                    continue;
                }
                text.append(body, at, cut.start()).append(texts.get(i));
                at = cut.end();
            }
            text.append(body.substring(at));
            return prefix + text;
        }

        String whole() {
            return replacing(null, "");
        }

        boolean startsWithPrefix() {
            return !prefix.isEmpty();
        }

        boolean capitalKept(@Nullable Mention gapAtStart) {
            if (startsWithPrefix()) {
                return prefixKeepsCapital;
            }
            return keepCapital || gapAtStart != null && gapAtStart.start() == bodyStart;
        }
    }
}
