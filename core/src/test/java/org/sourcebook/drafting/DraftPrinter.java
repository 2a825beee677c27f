package org.sourcebook.drafting;

import org.junit.jupiter.api.Test;
import org.sourcebook.drafting.english.EnglishLanguage;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.sourcebook.content.source.DocumentVersion;

/**
 * Prints what the engine drafts from one gold set, for working on the rules:
 * {@code ./mvnw -pl core -am test -Dtest=DraftPrinter -Dsurefire.failIfNoSpecifiedTests=false -Ddrafting.print=water-cycle}.
 */
class DraftPrinter {

    @Test
    @EnabledIfSystemProperty(named = "drafting.print", matches = ".+")
    void print() {
        String name = System.getProperty("drafting.print");
        DocumentVersion version = name.startsWith("text:")
                ? DocumentVersion.of(new org.sourcebook.content.source.DocumentId(new java.util.UUID(0, 3)), 1, name.substring(5),
                        org.sourcebook.content.source.DocumentMetadata.titled("Text"), new org.sourcebook.content.source.EnglishSegmenter())
                : GoldSetEvaluationTest.versionOf(GoldSet.load(name));
        var analysis = new EnglishLanguage().analyse(version);
        analysis.sentences().forEach(sentence -> {
            System.out.println("S" + sentence.index() + (sentence.questionable() ? "" : " (not questionable)")
                    + (sentence.needsContext() ? " (needs context)" : "") + ": " + sentence.text());
            sentence.mentions().forEach(m -> System.out.println("    " + m.kind() + " [" + m.text() + "]"
                    + (m.counted().isEmpty() ? "" : " counts [" + m.counted() + "]")
                    + (m.clause().isEmpty() ? "" : " clause [" + m.clause() + "]")));
            sentence.definitions().forEach(d -> System.out.println("    DEFINES " + d.term().text() + " = " + d.meaningText()));
            sentence.roles().forEach(r -> System.out.println("    ROLE " + r.person().text() + " = " + r.role()));
        });
        Draft draft = DraftingEngine.english().draft(version, DraftOptions.DEFAULTS);
        draft.items().forEach(item -> System.out.println(item.kind() + " " + item.info().qualityScore() + " | " + item.prompt()
                + " -> " + item.canonicalAnswer()));
        System.out.println(draft.lesson());
    }
}
