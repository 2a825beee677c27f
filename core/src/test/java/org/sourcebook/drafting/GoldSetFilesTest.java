package org.sourcebook.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sourcebook.drafting.GoldSet.GoldFact;

/** Checks the gold set files themselves, not the drafting engine. */
class GoldSetFilesTest {

    static Stream<String> names() {
        return GoldSet.names().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void everyFactHasAKnownKindAndNonBlankTrimmedFields(String name) {
        for (GoldFact fact : GoldSet.load(name).facts()) {
            assertThat(fact.kind()).as(where(name, fact)).isIn(GoldSet.KINDS);
            for (String field : List.of(fact.answer(), fact.sentence())) {
                assertThat(field).as(where(name, fact)).isNotBlank().isEqualTo(field.strip());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void everySentenceIsFoundExactlyOnceInTheTextAndHoldsItsAnswer(String name) {
        GoldSet gold = GoldSet.load(name);
        for (GoldFact fact : gold.facts()) {
            int first = gold.text().indexOf(fact.sentence());
            assertThat(first).as(where(name, fact) + " sentence not in the text").isNotNegative();
            assertThat(gold.text().indexOf(fact.sentence(), first + 1))
                    .as(where(name, fact) + " sentence found more than once").isNegative();
            assertThat(fact.sentence()).as(where(name, fact)).contains(fact.answer());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void noFactIsListedTwice(String name) {
        Set<List<String>> seen = new HashSet<>();
        for (GoldFact fact : GoldSet.load(name).facts()) {
            assertThat(seen.add(List.of(fact.answer(), fact.sentence())))
                    .as(where(name, fact) + " duplicates an earlier line").isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void eachSetHasTwentyToFortyFactsAndATitleMatchingTheFirstLine(String name) {
        GoldSet gold = GoldSet.load(name);

        assertThat(gold.facts()).hasSizeBetween(20, 40);
        assertThat(gold.metadata().getProperty("title")).isEqualTo(gold.text().lines().findFirst().orElseThrow());
    }

    @Test
    void everyGoldFileOnTheClasspathIsListedInNames() throws IOException, URISyntaxException {
        Path directory = Path.of(GoldSet.class.getClassLoader().getResource("drafting/gold").toURI());
        try (Stream<Path> files = Files.list(directory)) {
            Set<String> onDisk = files.map(file -> file.getFileName().toString())
                    .filter(file -> file.endsWith(".gold.tsv"))
                    .map(file -> file.substring(0, file.length() - ".gold.tsv".length()))
                    .collect(Collectors.toSet());
            assertThat(onDisk).containsExactlyInAnyOrderElementsOf(GoldSet.names());
        }
    }

    private static String where(String name, GoldFact fact) {
        return name + ".gold.tsv:" + fact.lineNumber();
    }
}
