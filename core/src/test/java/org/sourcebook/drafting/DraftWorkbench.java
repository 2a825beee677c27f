package org.sourcebook.drafting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.lesson.Block;
import org.sourcebook.content.lesson.DiscussionPrompt;
import org.sourcebook.content.lesson.FactCardDeck;
import org.sourcebook.content.lesson.Quiz;
import org.sourcebook.content.lesson.ReadingExcerpt;
import org.sourcebook.content.lesson.SourceAnalysis;
import org.sourcebook.content.lesson.Timeline;

/**
 * Drafts from judged texts (or any files) and writes what a judge needs: one TSV per text under
 * {@code core/target/judging/} with every drafted item and the verdict it already has, and the
 * drafted lesson in a readable form. Copy judged lines into {@code
 * src/test/resources/drafting/judged/verdicts/} with {@code DraftWorkbench merge FOLDER}. Run from the repository root:
 * {@code ./mvnw -pl core -am test-compile -q && java -cp "$(cat /tmp/core.cp):content-model/target/classes:core/target/classes:core/target/test-classes" org.sourcebook.drafting.DraftWorkbench [FILE...]}
 * (classpath from {@code ./mvnw -pl core dependency:build-classpath -Dmdep.outputFile=/tmp/core.cp -Dmdep.includeScope=test}).
 */
final class DraftWorkbench {

    private DraftWorkbench() {}

    public static void main(String[] args) throws IOException {
        if (args.length == 2 && args[0].equals("merge")) {
            merge(Path.of(args[1]));
            return;
        }
        List<JudgedText> texts = new ArrayList<>();
        if (args.length == 0) {
            JudgedText.names().forEach(name -> texts.add(JudgedText.load(name)));
        } else {
            for (String arg : args) {
                Path file = Path.of(arg);
                String name = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
                texts.add(JudgedText.fromFile(file, name));
            }
        }
        Path out = Path.of("core/target/judging");
        Files.createDirectories(out);
        for (JudgedText text : texts) {
            Draft draft = DraftingEngine.english().draft(text.version(), DraftOptions.DEFAULTS);
            Verdicts verdicts = Verdicts.load(text.name());
            Set<ItemId> inLesson = draft.lesson().itemIds();
            List<String> lines = new ArrayList<>(List.of(Verdicts.HEADER));
            draft.items().forEach(item -> lines.add(Verdicts.line(item, verdicts.of(item), inLesson.contains(item.id()))));
            Files.write(out.resolve(text.name() + ".tsv"), lines, StandardCharsets.UTF_8);
            Files.writeString(out.resolve(text.name() + ".lesson.txt"), lesson(draft), StandardCharsets.UTF_8);
            long judged = draft.items().stream().filter(item -> verdicts.of(item) != null).count();
            var language = new org.sourcebook.drafting.english.EnglishLanguage();
            SourceReading reading = language.readSource(language.analyse(text.version()));
            System.out.printf("%-32s %4d items, %3d judged, %5d words, %s%s%n", text.name(), draft.items().size(), judged,
                    text.version().text().split("\\s+").length, reading.kind(), reading.hasPointOfView() ? ", point of view" : "");
        }
    }

    /**
     * Merges judged files (the TSVs this tool writes, with verdicts filled in, and {@code
     * <name>.lesson.txt} lines) from {@code folder} into the judged set's verdicts: a new verdict on
     * a fingerprint replaces the old one, other verdicts stay.
     */
    static void merge(Path folder) throws IOException {
        Path verdicts = Path.of("core/src/test/resources/" + Verdicts.DIRECTORY);
        Files.createDirectories(verdicts);
        try (var files = Files.list(folder)) {
            for (Path judged : files.filter(file -> file.toString().endsWith(".tsv")).sorted().toList()) {
                Path target = verdicts.resolve(judged.getFileName());
                java.util.Map<String, String> lines = new java.util.LinkedHashMap<>();
                for (Path source : List.of(target, judged)) {
                    if (Files.exists(source)) {
                        Files.readAllLines(source, StandardCharsets.UTF_8).stream()
                                .filter(line -> !line.equals(Verdicts.HEADER) && line.split("\t", -1).length >= 7 && !line.split("\t")[1].isBlank())
                                .forEach(line -> lines.put(line.split("\t")[0], line));
                    }
                }
                List<String> merged = new ArrayList<>(List.of(Verdicts.HEADER));
                merged.addAll(lines.values());
                Files.write(target, merged, StandardCharsets.UTF_8);
                System.out.printf("%-40s %d verdicts%n", judged.getFileName(), lines.size());
            }
        }
        Path lessons = verdicts.resolveSibling("lessons.tsv");
        java.util.Map<String, String> lessonLines = new java.util.TreeMap<>();
        if (Files.exists(lessons)) {
            Files.readAllLines(lessons, StandardCharsets.UTF_8).stream().filter(line -> line.contains("\t") && !line.startsWith("#"))
                    .forEach(line -> lessonLines.put(line.split("\t", 2)[0], line));
        }
        try (var files = Files.list(folder)) {
            for (Path lesson : files.filter(file -> file.toString().endsWith(".lesson.txt")).toList()) {
                String name = lesson.getFileName().toString().replace(".lesson.txt", "");
                String verdict = Files.readString(lesson, StandardCharsets.UTF_8).strip().replace('\n', ' ');
                lessonLines.put(name, name + "\t" + verdict);
            }
        }
        List<String> lessonFile = new ArrayList<>(List.of("# A strict teacher's verdict on each drafted lesson as a whole: text, verdict, reason."));
        lessonFile.addAll(lessonLines.values());
        Files.write(lessons, lessonFile, StandardCharsets.UTF_8);
    }

    static String lesson(Draft draft) {
        StringBuilder out = new StringBuilder();
        var lesson = draft.lesson();
        out.append("TITLE: ").append(lesson.title()).append("\nSUMMARY: ").append(lesson.summary()).append("\nOBJECTIVES: ")
                .append(lesson.objectives()).append('\n');
        for (Block block : lesson.blocks()) {
            out.append("\n== ").append(block.kind()).append('\n');
            if (block instanceof ReadingExcerpt excerpt) {
                int chars = excerpt.passages().stream().mapToInt(span -> span.quote().length()).sum();
                out.append(excerpt.passages().size()).append(" passages, ").append(100 * chars / draft.source().text().length())
                        .append("% of the text's characters\n");
                // Whole passages: a judge of the lesson must see what students would read.
                excerpt.passages().forEach(span -> out.append("  > ").append(span.quote().replace("\n", "\n    ")).append('\n'));
            } else if (block instanceof Timeline timeline) {
                timeline.entries().forEach(entry -> out.append("  ").append(entry.date()).append(" | ").append(entry.text()).append('\n'));
            } else if (block instanceof SourceAnalysis analysis) {
                out.append("  ORIGIN: ").append(analysis.origin()).append("\n  PURPOSE: ").append(analysis.purpose())
                        .append("\n  PERSPECTIVE: ").append(analysis.perspective()).append("\n  CORROBORATION: ")
                        .append(analysis.corroboration()).append("\n  MISSING: ").append(analysis.missing()).append('\n');
            } else if (block instanceof DiscussionPrompt discussion) {
                out.append("  ").append(discussion.text()).append('\n');
            } else {
                List<ItemId> ids = block instanceof FactCardDeck deck ? deck.cards() : block instanceof Quiz quiz ? quiz.questions() : List.of();
                for (ItemId id : ids) {
                    Item item = draft.items().stream().filter(candidate -> candidate.id().equals(id)).findFirst().orElseThrow();
                    out.append("  [").append(item.kind()).append(' ').append(item.info().qualityScore()).append("] ").append(item.prompt())
                            .append("\n      -> ").append(Verdicts.answer(item)).append('\n');
                }
            }
        }
        return out.toString();
    }

}
