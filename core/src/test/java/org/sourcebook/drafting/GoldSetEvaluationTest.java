package org.sourcebook.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
 * Drafting quality against the hand-made gold sets: recall (share of gold facts that at least one
 * drafted item asks about) and the share of drafted items passing {@link DraftChecks}. Prints one
 * line per set, and every missed fact, so a change in quality shows in the build log.
 */
class GoldSetEvaluationTest {

    static final double RECALL_TARGET = 0.9;

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
        Evaluation evaluation = evaluate(GoldSet.load(name));
        System.out.println(evaluation);
        evaluation.missed().forEach(missed -> System.out.println("  missed " + missed));
        evaluation.failing().forEach(failing -> System.out.println("  failing " + failing));
        assertThat(evaluation.recall()).as("recall of " + name).isGreaterThanOrEqualTo(RECALL_TARGET);
        assertThat(evaluation.failing()).as("items failing checks").isEmpty();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3})
    void itemsDraftedFromUnseenTextsPassEveryCheck(long seed) {
        var id = new DocumentId(new UUID(7, seed));
        DocumentVersion version = DocumentVersion.of(id, 1, SyntheticCorpus.text(3_000, seed), DocumentMetadata.titled("Synthetic"),
                new EnglishSegmenter());
        Draft draft = DraftingEngine.english().draft(version, DraftOptions.DEFAULTS);

        assertThat(draft.items()).hasSizeGreaterThan(100);
        assertThat(draft.items()).allSatisfy(item -> assertThat(DraftChecks.english().failures(item, version)).as(item.prompt())
                .isEmpty());
        assertThat(draft.lesson().problems()).isEmpty();
    }

    @Test
    void recallIsMeasuredAgainstTheItemsNotTheText() {
        GoldSet demo = GoldSet.load("khojaly");
        DocumentVersion version = versionOf(demo);
        Draft nothing = new Draft(version, List.of(), DraftingEngine.english().draft(version, DraftOptions.DEFAULTS).lesson());
        assertThat(recalled(demo, nothing)).isZero();
    }

    static Evaluation evaluate(GoldSet gold) {
        DocumentVersion version = versionOf(gold);
        Draft draft = DraftingEngine.english().draft(version, DraftOptions.DEFAULTS);
        List<String> missed = new ArrayList<>();
        int recalled = 0;
        for (GoldSet.GoldFact fact : gold.facts()) {
            if (isRecalled(fact, draft)) {
                recalled++;
            } else {
                missed.add(fact.kind() + " \"" + fact.answer() + "\" in \"" + fact.sentence() + "\"");
            }
        }
        DraftChecks checks = DraftChecks.english();
        List<String> failing = new ArrayList<>();
        for (Item item : draft.items()) {
            var failures = checks.failures(item, version);
            if (!failures.isEmpty()) {
                String options = item instanceof ChoiceQuestion choice
                        ? " " + choice.options().stream().map(ChoiceOption::text).toList() : "";
                failing.add(failures + " " + item.kind() + ": " + item.prompt() + " -> " + item.canonicalAnswer() + options);
            }
        }
        return new Evaluation(gold.name(), gold.facts().size(), recalled, draft.items().size(),
                draft.items().size() - failing.size(), missed, failing);
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

    private static String askedFor(Item item) {
        if (item instanceof TrueFalse) {
            return "";
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
