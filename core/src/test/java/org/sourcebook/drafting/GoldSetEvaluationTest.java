package org.sourcebook.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sourcebook.content.item.ChoiceOption;
import org.sourcebook.content.item.ChoiceQuestion;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.TrueFalse;
import org.sourcebook.content.source.DocumentId;
import org.sourcebook.content.source.DocumentMetadata;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.EnglishSegmenter;
import org.sourcebook.content.source.TextRange;

/**
 * Drafting quality against the hand-made gold sets: how many gold facts the language rules read as
 * facts to ask (held to {@value #RECALL_TARGET}), recall (share of gold facts that at least one
 * drafted item asks about, over everything the engine can draft; the default budget's recall is
 * printed beside it) and the share of drafted items passing the hard {@link DraftChecks}. Prints one line per set, and every missed fact, so a
 * change in quality shows in the build log. How good the items are is the judged set's business
 * ({@link JudgedSetReportTest}).
 */
class GoldSetEvaluationTest {

    static final double RECALL_TARGET = 0.9;
    /**
     * The share of gold facts some drafted item asks, over everything the rules find: lower than
     * the facts they read, because the filters drop gaps the judged set showed teachers delete
     * (a name in a list of names, a figure after "more than", the text's own subject).
     */
    static final double ITEM_RECALL_FLOOR = 0.45;
    /** Failures that are never a matter of judgement: every drafted item must pass these. */
    static final Set<DraftChecks.Failure> HARD_CHECKS = EnumSet.of(DraftChecks.Failure.INVALID, DraftChecks.Failure.CITATION,
            DraftChecks.Failure.ANSWER_LEAKED, DraftChecks.Failure.NOT_ATTRIBUTED, DraftChecks.Failure.PROMPT_LENGTH,
            DraftChecks.Failure.FURNITURE);
    private static final java.util.regex.Pattern CARD_SUBJECT = java.util.regex.Pattern.compile("(?i)\\b(?:what is|who was) (.+)\\?$");
    static final DraftOptions EVERYTHING = DraftOptions.DEFAULTS.everything();

    /** Quality numbers for one gold set. */
    record Evaluation(String name, int facts, int recalled, int items, int passing, List<String> missed, List<String> failing) {

        double recall() {
            return facts == 0 ? 1 : (double) recalled / facts;
        }

        double passRate() {
            return items == 0 ? 1 : (double) passing / items;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-20s recall %3d/%3d = %5.1f%%   checks %3d/%3d = %5.1f%%", name, recalled, facts,
                    100 * recall(), passing, items, 100 * passRate());
        }
    }

    static List<String> names() {
        return GoldSet.names();
    }

    @ParameterizedTest
    @MethodSource("names")
    void draftsRecallTheGoldFactsWithItemsThatPassEveryCheck(String name) {
        Evaluation everything = evaluate(GoldSet.load(name), EVERYTHING);
        Evaluation budget = evaluate(GoldSet.load(name), DraftOptions.DEFAULTS);
        System.out.println(everything + "   (default budget: recall " + budget.recalled() + "/" + budget.facts() + ", "
                + budget.items() + " items)");
        everything.missed().forEach(missed -> System.out.println("  missed " + missed));
        everything.failing().forEach(failing -> System.out.println("  failing " + failing));
        GoldSet gold = GoldSet.load(name);
        List<String> unread = gold.facts().stream().filter(fact -> !isRead(fact, versionOf(gold))).map(GoldSet.GoldFact::answer).toList();
        double read = 1 - (double) unread.size() / gold.facts().size();
        System.out.printf(Locale.ROOT, "%-20s read %5.1f%% of the gold facts as facts it could ask; not read: %s%n", name, 100 * read, unread);
        assertThat(read).as("gold facts the rules read in " + name).isGreaterThanOrEqualTo(RECALL_TARGET);
        assertThat(everything.recall()).as("recall of " + name).isGreaterThanOrEqualTo(ITEM_RECALL_FLOOR);
        assertThat(everything.failing()).as("items failing checks").isEmpty();
        assertThat(budget.failing()).as("items failing checks").isEmpty();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3})
    void itemsDraftedFromUnseenTextsPassEveryCheck(long seed) {
        var id = new DocumentId(new UUID(7, seed));
        DocumentVersion version = DocumentVersion.of(id, 1, SyntheticCorpus.text(3_000, seed), DocumentMetadata.titled("Synthetic"),
                new EnglishSegmenter());
        Draft draft = DraftingEngine.english().draft(version, DraftOptions.DEFAULTS);

        assertThat(draft.items()).hasSizeBetween(10, 240);
        assertThat(draft.items()).allSatisfy(item -> assertThat(hardFailures(item, version)).as(item.prompt()).isEmpty());
        assertThat(draft.lesson().problems()).isEmpty();
    }

    @Test
    void recallIsMeasuredAgainstTheItemsNotTheText() {
        GoldSet demo = GoldSet.load("khojaly");
        DocumentVersion version = versionOf(demo);
        Draft nothing = new Draft(version, List.of(), DraftingEngine.english().draft(version, DraftOptions.DEFAULTS).lesson());
        assertThat(recalled(demo, nothing)).isZero();
    }

    static List<DraftChecks.Failure> hardFailures(Item item, DocumentVersion version) {
        return DraftChecks.english().failures(item, version).stream().filter(HARD_CHECKS::contains).toList();
    }

    static Evaluation evaluate(GoldSet gold, DraftOptions options) {
        DocumentVersion version = versionOf(gold);
        Draft draft = DraftingEngine.english().draft(version, options);
        List<String> missed = new ArrayList<>();
        int recalled = 0;
        for (GoldSet.GoldFact fact : gold.facts()) {
            if (isRecalled(fact, draft)) {
                recalled++;
            } else {
                missed.add(fact.kind() + " \"" + fact.answer() + "\" in \"" + fact.sentence() + "\"");
            }
        }
        List<String> failing = new ArrayList<>();
        for (Item item : draft.items()) {
            var failures = hardFailures(item, version);
            if (!failures.isEmpty()) {
                String choices = item instanceof ChoiceQuestion choice
                        ? " " + choice.options().stream().map(ChoiceOption::text).toList() : "";
                failing.add(failures + " " + item.kind() + ": " + item.prompt() + " -> " + item.canonicalAnswer() + choices);
            }
        }
        return new Evaluation(gold.name(), gold.facts().size(), recalled, draft.items().size(),
                draft.items().size() - failing.size(), missed, failing);
    }

    /**
     * True when the language rules read the gold fact as something to ask: a mention, a defined
     * term or a person with a role, in the fact's sentence, that holds the answer.
     */
    static boolean isRead(GoldSet.GoldFact fact, DocumentVersion version) {
        String answer = fact.answer().toLowerCase(Locale.ROOT);
        int at = version.text().indexOf(fact.sentence());
        return new org.sourcebook.drafting.english.EnglishLanguage().analyse(version).sentences().stream()
                .filter(sentence -> sentence.range().start() <= at && at < sentence.range().end())
                .anyMatch(sentence -> sentence.mentions().stream().anyMatch(m -> m.text().toLowerCase(Locale.ROOT).contains(answer)
                        || answer.contains(m.text().toLowerCase(Locale.ROOT)) && m.text().length() >= 3)
                        || sentence.definitions().stream().anyMatch(d -> d.term().text().toLowerCase(Locale.ROOT).contains(answer))
                        || sentence.roles().stream().anyMatch(r -> r.person().text().toLowerCase(Locale.ROOT).contains(answer)));
    }

    private static int recalled(GoldSet gold, Draft draft) {
        return (int) gold.facts().stream().filter(fact -> isRecalled(fact, draft)).count();
    }

    /** A fact is recalled when an item cites its sentence and what the item asks for contains the answer. */
    static boolean isRecalled(GoldSet.GoldFact fact, Draft draft) {
        int at = draft.source().text().indexOf(fact.sentence());
        TextRange sentence = draft.source().sentences().stream()
                .filter(range -> range.start() <= at && at < range.end())
                .findFirst().orElseThrow();
        String answer = fact.answer().toLowerCase(Locale.ROOT);
        return draft.items().stream()
                .filter(item -> item.info().citations().stream().anyMatch(span -> span.range().contains(sentence)))
                .anyMatch(item -> askedFor(item).toLowerCase(Locale.ROOT).contains(answer));
    }

    /**
     * What an item asks for: its answer, or for a card that asks what a term is or who a person
     * was, the term or the person too (the card asks about them even though its back is the meaning).
     */
    private static String askedFor(Item item) {
        if (item instanceof TrueFalse) {
            return "";
        }
        java.util.regex.Matcher card = CARD_SUBJECT.matcher(item.prompt());
        if (item instanceof org.sourcebook.content.item.FactCard && card.find()) {
            return item.canonicalAnswer() + " | " + card.group(1);
        }
        if (item instanceof ChoiceQuestion choice) {
            return String.join(" | ", choice.options().stream().filter(ChoiceOption::correct).map(ChoiceOption::text).toList());
        }
        return item.canonicalAnswer();
    }

    static DocumentVersion versionOf(GoldSet gold) {
        var id = new DocumentId(UUID.nameUUIDFromBytes(gold.name().getBytes(StandardCharsets.UTF_8)));
        var metadata = new DocumentMetadata(gold.metadata().getProperty("title", gold.name()),
                gold.metadata().getProperty("author"), gold.metadata().getProperty("publisher"),
                gold.metadata().getProperty("date"), null, null, gold.metadata().getProperty("notes"));
        return DocumentVersion.of(id, 1, gold.text(), metadata, new EnglishSegmenter());
    }
}
