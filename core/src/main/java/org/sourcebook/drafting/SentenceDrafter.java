package org.sourcebook.drafting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Drafts the items one sentence supports: for each mention a cloze, and where the kind allows a
 * numeric question, a single choice and a fact card; one true/false statement; cards for the
 * definitions and roles it states. A sentence that leans on the one before carries it as context.
 */
final class SentenceDrafter {

    /** Longer sentences (with their context) make prompts too long to read as one question. */
    static final int MAX_QUOTE_LENGTH = 420;
    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\p{Z}]+");

    private final DocumentVersion version;
    private final DraftingLanguage language;
    private final Phrasing phrasing;
    private final Distractors distractors;
    private final DraftIds ids;

    SentenceDrafter(DocumentVersion version, DraftingLanguage language, Distractors distractors, DraftIds ids) {
        this.version = version;
        this.language = language;
        this.phrasing = language.phrasing();
        this.distractors = distractors;
        this.ids = ids;
    }

    /** Every candidate {@code sentence} supports; {@code previous} is the sentence before it, or null. */
    List<Candidate> draft(AnalysedSentence sentence, AnalysedSentence previous) {
        if (!sentence.questionable()) {
            return List.of();
        }
        Context alone = Context.of(sentence, null);
        if (alone.whole().length() > MAX_QUOTE_LENGTH) {
            return List.of();
        }
        Context leaning = Context.of(sentence, previous);
        Context context = leaning.whole().length() > MAX_QUOTE_LENGTH ? alone : leaning;
        List<Candidate> candidates = new ArrayList<>();
        for (Mention mention : sentence.mentions()) {
            if (mention.start() < context.bodyStart()) {
                continue;
            }
            if (!isLeaked(mention, context)) {
                draftAbout(mention, sentence, context, candidates);
            } else if (!isLeaked(mention, alone)) {
                draftAbout(mention, sentence, alone, candidates);
            }
        }
        draftTrueFalse(sentence, context, candidates);
        sentence.definitions().forEach(definition -> candidates.add(definitionCard(definition, sentence, context)));
        sentence.roles().stream()
                .filter(role -> role.person().kind() == MentionKind.PERSON || role.person().kind() == MentionKind.NAME)
                .forEach(role -> candidates.add(roleCard(role, sentence, context)));
        return candidates;
    }

    /** The sentence as a prompt shows it: without its lead-in connective, after its context sentence if it needs one. */
    private record Context(String prefix, boolean prefixKeepsCapital, int bodyStart, String body, boolean keepCapital,
            TextRange cited, boolean missing) {

        static Context of(AnalysedSentence sentence, AnalysedSentence previous) {
            int bodyStart = sentence.range().start() + sentence.leadIn();
            String body = sentence.text().substring(sentence.leadIn());
            boolean canLean = sentence.needsContext() && previous != null && previous.paragraph() == sentence.paragraph()
                    && !previous.needsContext() && previous.wordCount() <= 40;
            if (!canLean) {
                return new Context("", false, bodyStart, body, sentence.properStart(), sentence.range(),
                        sentence.needsContext());
            }
            String prefix = previous.text().substring(previous.leadIn()) + " ";
            return new Context(prefix, previous.properStart(), bodyStart, body, true,
                    new TextRange(previous.range().start(), sentence.range().end()), false);
        }

        /** The whole text with {@code replacement} standing where {@code mention} stands. */
        String replacing(Mention mention, String replacement) {
            int from = mention.start() - bodyStart;
            int to = mention.end() - bodyStart;
            return prefix + body.substring(0, from) + replacement + body.substring(to);
        }

        String whole() {
            return prefix + body;
        }

        boolean startsWithPrefix() {
            return !prefix.isEmpty();
        }

        boolean capitalKept(Mention gapAtStart) {
            if (startsWithPrefix()) {
                return prefixKeepsCapital;
            }
            return keepCapital || gapAtStart != null && gapAtStart.start() == bodyStart;
        }
    }

    private void draftAbout(Mention mention, AnalysedSentence sentence, Context context, List<Candidate> candidates) {
        double base = mentionScore(mention, sentence, context);
        if (!Cloze.MARKER.matcher(context.whole()).find()) {
            candidates.add(cloze(mention, sentence, context, base));
        }
        String clause = mention.clause().isEmpty() ? null : mention.clause();
        String question = clause != null ? phrasing.howMany(clause) : phrasing.whichFillsGap(mention.kind(),
                context.replacing(mention, phrasing.gap()));
        double phrased = clause != null ? 0.05 : 0;
        if (isNumericKind(mention)) {
            candidates.add(numeric(mention, sentence, context, question, base + phrased));
        }
        Distractors.Found found = distractors.forAnswer(mention, context.whole(), 3);
        if (found.values().size() == 3) {
            candidates.add(choice(mention, sentence, context, question, found, base + phrased + (found.generated() ? -0.05 : 0.05)));
        }
        boolean salient = mention.kind().isTemporal() || clause != null
                || mention.kind().isName() && mention.kind() != MentionKind.NAME && distractors.frequency(mention.text()) >= 2;
        if (salient) {
            candidates.add(card(mention, sentence, context, question, base + phrased));
        }
    }

    private Candidate cloze(Mention mention, AnalysedSentence sentence, Context context, double score) {
        String prompt = phrasing.attributed(context.replacing(mention, Cloze.marker(1)), context.capitalKept(mention));
        String key = "cloze:" + mention.start();
        return candidate(ItemKind.CLOZE, score, sentence, mention, key, () -> new Cloze(
                info(key, prompt, context, sentence, score), List.of(new ClozeGap(language.acceptedAnswers(mention))),
                TextComparison.LENIENT));
    }

    private Candidate numeric(Mention mention, AnalysedSentence sentence, Context context, String question, double score) {
        String unit = mention.kind() == MentionKind.NUMBER && mention.counted().split(" ").length <= 2 ? mention.counted() : null;
        BigDecimal value = mention.value();
        String key = "numeric:" + mention.start();
        return candidate(ItemKind.NUMERIC, score, sentence, mention, key, () -> new Numeric(
                info(key, question, context, sentence, score), value, NumericTolerance.exact(), unit));
    }

    private Candidate choice(Mention mention, AnalysedSentence sentence, Context context, String question,
            Distractors.Found found, double score) {
        List<String> texts = new ArrayList<>(found.values());
        int correctAt = Math.floorMod((mention.text() + mention.start()).hashCode(), 4);
        texts.add(correctAt, mention.text());
        List<ChoiceOption> options = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            options.add(new ChoiceOption(OptionId.of(String.valueOf((char) ('a' + i))), texts.get(i), i == correctAt, ""));
        }
        String key = "choice:" + mention.start();
        return candidate(ItemKind.SINGLE_CHOICE, score, sentence, mention, key, () -> new SingleChoice(
                info(key, question, context, sentence, score), options));
    }

    private Candidate card(Mention mention, AnalysedSentence sentence, Context context, String question, double score) {
        String key = "card:" + mention.start();
        String answer = mention.kind() == MentionKind.NUMBER && !mention.counted().isEmpty() && !mention.text().endsWith("%")
                ? mention.text() + " " + mention.counted() : mention.text();
        return candidate(ItemKind.FACT_CARD, score, sentence, mention, key, () -> new FactCard(
                info(key, question, context, sentence, score), answer));
    }

    private Candidate definitionCard(Definition definition, AnalysedSentence sentence, Context context) {
        String term = definition.term().text();
        boolean capitalOnlyForTheStart = definition.term().start() == context.bodyStart() && !sentence.properStart();
        String prompt = phrasing.whatIs(capitalOnlyForTheStart ? term.substring(0, 1).toLowerCase(Locale.ROOT) + term.substring(1) : term);
        String key = "definition:" + definition.term().start();
        double score = clamp(0.7 + sentencePenalty(sentence, context));
        String meaning = definition.meaningText().strip();
        return new Candidate(ItemKind.FACT_CARD, round(score), sentence.index(), Distractors.key(meaning), key,
                () -> new FactCard(info(key, prompt, context, sentence, round(score)), meaning));
    }

    private Candidate roleCard(Role role, AnalysedSentence sentence, Context context) {
        String key = "role:" + role.person().start();
        double score = clamp(0.68 + sentencePenalty(sentence, context));
        String answer = role.role().substring(0, 1).toUpperCase(Locale.ROOT) + role.role().substring(1);
        return new Candidate(ItemKind.FACT_CARD, round(score), sentence.index(), Distractors.key(answer), key,
                () -> new FactCard(info(key, phrasing.whoIs(role.person().text()), context, sentence, round(score)), answer));
    }

    /**
     * One true/false statement per sentence: the sentence as given (true) or with one value swapped
     * for another of its kind (false), alternating by sentence so both answers occur.
     */
    private void draftTrueFalse(AnalysedSentence sentence, Context context, List<Candidate> candidates) {
        Mention swapped = sentence.mentions().stream()
                .filter(m -> m.start() >= context.bodyStart() && m.kind() != MentionKind.NAME && m.kind() != MentionKind.KEYWORD)
                .sorted(Comparator.comparingInt(SentenceDrafter::swapPriority).thenComparingInt(Mention::start))
                .filter(m -> !distractors.forAnswer(m, context.whole(), 1).values().isEmpty())
                .findFirst().orElse(null);
        if (swapped == null) {
            return;
        }
        boolean truth = sentence.index() % 2 == 0;
        String statement = truth ? context.whole()
                : context.replacing(swapped, distractors.forAnswer(swapped, context.whole(), 1).values().get(0));
        String prompt = phrasing.attributed(statement, context.capitalKept(truth ? null : swapped));
        double score = round(clamp(0.5 + sentencePenalty(sentence, context) + (truth ? 0 : 0.03)));
        String key = "truefalse:" + sentence.index();
        candidates.add(new Candidate(ItemKind.TRUE_FALSE, score, sentence.index(), "statement", key,
                () -> new TrueFalse(info(key, prompt, context, sentence, score), truth)));
    }

    private ItemInfo info(String key, String prompt, Context context, AnalysedSentence sentence, double score) {
        Span citation = version.cite(context.cited());
        return new ItemInfo(ids.item(key), tidy(prompt), tidy(phrasing.sourceSays(sentence.text())), List.of(citation),
                List.of(), ItemStatus.DRAFT, ItemOrigin.DRAFTED, round(score));
    }

    /** Runs of white space (line breaks within a sentence included) as one space. */
    static String tidy(String text) {
        return WHITE_SPACE.matcher(text).replaceAll(" ").strip();
    }

    private static Candidate candidate(ItemKind kind, double score, AnalysedSentence sentence, Mention mention, String key,
            Supplier<Item> build) {
        return new Candidate(kind, round(score), sentence.index(), Distractors.key(mention.text()), key, build);
    }

    private double mentionScore(Mention mention, AnalysedSentence sentence, Context context) {
        double score = 0.55 + switch (mention.kind()) {
            case NUMBER -> mention.counted().isEmpty() ? 0.02 : 0.1;
            case YEAR, DATE -> 0.1;
            case PERSON, PLACE, ORGANISATION -> 0.08;
            case TERM -> sentence.definitions().isEmpty() ? 0.02 : 0.12;
            case NAME -> -0.1;
            case KEYWORD -> -0.05;
        };
        score += mention.ordinal() ? -0.08 : 0;
        score += distractors.frequency(mention.text()) >= 2 ? 0.05 : 0;
        return clamp(score + sentencePenalty(sentence, context));
    }

    private static double sentencePenalty(AnalysedSentence sentence, Context context) {
        int words = sentence.wordCount();
        return (context.missing() ? -0.15 : 0) + (context.startsWithPrefix() ? -0.05 : 0)
                + (words < 8 || words > 40 ? -0.08 : 0);
    }

    private static boolean isNumericKind(Mention mention) {
        return mention.kind() == MentionKind.NUMBER && !mention.ordinal()
                || mention.kind() == MentionKind.YEAR && !mention.date().decade();
    }

    /**
     * True when the answer stands elsewhere in the prompt text (the wording around the sentence
     * included), or, for a name, one of its
     * capitalized words does ("Sargsyan" gives away "Serzh Sargsyan").
     */
    private boolean isLeaked(Mention mention, Context context) {
        String gapped = context.replacing(mention, " ");
        String rest = phrasing.whichFillsGap(mention.kind(), gapped) + " " + phrasing.attributed(gapped, true);
        if (Words.containsWord(rest, mention.text(), false)) {
            return true;
        }
        if (mention.value() != null && (Words.containsWord(rest, mention.value().toPlainString(), false)
                || mention.value().scale() <= 0 && Words.containsWord(rest, String.format(Locale.ENGLISH, "%,d", mention.value().longValue()), false))) {
            return true;
        }
        if (!mention.kind().isName()) {
            return false;
        }
        for (String word : mention.text().split("[^\\p{L}\\d]+")) {
            if (word.length() >= 4 && Character.isUpperCase(word.codePointAt(0)) && Words.containsWord(rest, word, true)) {
                return true;
            }
        }
        return false;
    }


    private static int swapPriority(Mention mention) {
        return switch (mention.kind()) {
            case NUMBER -> mention.counted().isEmpty() ? 3 : 0;
            case YEAR, DATE -> 1;
            case PERSON, PLACE, ORGANISATION -> 2;
            default -> 4;
        };
    }

    static double clamp(double score) {
        return Math.max(0.05, Math.min(0.95, score));
    }

    static double round(double score) {
        return Math.round(score * 100) / 100.0;
    }
}
