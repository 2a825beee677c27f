package org.sourcebook.drafting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.sourcebook.content.item.ChoiceQuestion;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.OrderEntry;
import org.sourcebook.content.item.Ordering;
import org.sourcebook.content.item.TrueFalse;

/**
 * A strict teacher's verdicts on drafted items of one judged text, kept in {@code
 * drafting/judged/verdicts/<name>.tsv}: one line per item, found again by a fingerprint of what a
 * teacher sees (kind, prompt, answer and options), so an item the engine still drafts the same way
 * keeps its verdict and a changed item must be judged again.
 *
 * <p>Columns: {@code fingerprint, verdict, reason, kind, lesson, prompt, answer}; {@code verdict}
 * is GOOD (use as it is), FIXABLE (a small edit makes it good) or BAD; {@code reason} says why for
 * FIXABLE and BAD; {@code lesson} is Y when the drafted lesson used the item when it was judged.
 */
record Verdicts(String name, Map<String, Verdict> byFingerprint) {

    static final String DIRECTORY = "drafting/judged/verdicts/";
    static final String HEADER = "fingerprint\tverdict\treason\tkind\tlesson\tprompt\tanswer";

    /** A teacher's verdict on one item. */
    enum Grade { GOOD, FIXABLE, BAD }

    record Verdict(String fingerprint, Grade grade, String reason) {

        boolean acceptable() {
            return grade != Grade.BAD;
        }
    }

    /** The verdicts on text {@code name}; none when it has no verdict file yet. */
    static Verdicts load(String name) {
        URL url = Verdicts.class.getClassLoader().getResource(DIRECTORY + name + ".tsv");
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        if (url == null) {
            return new Verdicts(name, verdicts);
        }
        try (var in = url.openStream()) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (i == 0 && lines[i].equals(HEADER) || lines[i].isBlank()) {
                    continue;
                }
                String[] fields = lines[i].split("\t", -1);
                if (fields.length < 3 || fields[1].isBlank()) {
                    continue;
                }
                try {
                    verdicts.put(fields[0], new Verdict(fields[0], Grade.valueOf(fields[1].strip()), fields[2]));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(DIRECTORY + name + ".tsv:" + (i + 1) + ": verdict must be GOOD, FIXABLE or BAD", e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Verdicts(name, verdicts);
    }

    Verdict of(Item item) {
        return byFingerprint.get(fingerprint(item));
    }

    /** What a teacher sees of an item, hashed: its kind, prompt, and answer or options (correct ones marked). */
    static String fingerprint(Item item) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((item.kind() + "\n" + item.prompt() + "\n" + answer(item)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The answer as a judge reads it: options in order with the correct ones starred, or the canonical answer. */
    static String answer(Item item) {
        if (item instanceof Ordering ordering) {
            return "students put these in order (dates not shown): " + ordering.entries().stream().map(OrderEntry::text)
                    .collect(Collectors.joining(" → "));
        }
        if (item instanceof ChoiceQuestion choice && !(item instanceof TrueFalse)) {
            return choice.options().stream().map(option -> option.text() + (option.correct() ? " *" : ""))
                    .collect(Collectors.joining(" | "));
        }
        return item.canonicalAnswer();
    }

    static String line(Item item, Verdict verdict, boolean inLesson) {
        return String.join("\t", fingerprint(item), verdict == null ? "" : verdict.grade().name(),
                verdict == null ? "" : verdict.reason(), item.kind().name(), inLesson ? "Y" : "N", oneLine(item.prompt()),
                oneLine(answer(item)));
    }

    private static String oneLine(String text) {
        return text.replace('\t', ' ').replace('\n', ' ');
    }
}
