package org.sourcebook.content.item;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Checks several kinds of item share. */
final class Rules {

    private Rules() {}

    /** True if two elements map to equal keys. */
    static <T, K> boolean hasDuplicates(Collection<T> elements, Function<T, K> key) {
        var seen = new HashSet<K>();
        return !elements.stream().map(key).allMatch(seen::add);
    }

    /** True if two texts would look the same to a learner: same letters ignoring case and spacing. */
    static boolean hasLookalikes(Collection<String> texts) {
        return hasDuplicates(texts, text -> text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
    }

    static boolean anyBlank(Collection<String> texts) {
        return texts.stream().anyMatch(String::isBlank);
    }

    /** Options, pairs and entries are told apart by id, so ids within one question must differ. */
    static List<Problem> distinctIds(List<OptionId> ids) {
        return new Problems().check(!hasDuplicates(ids, id -> id), "option-ids-duplicate", "option ids must be distinct")
                .toList();
    }

    /** Rules every choice question follows; the kinds add their rule for the number of correct options. */
    static Problems choiceOptionProblems(List<ChoiceOption> options) {
        List<String> texts = options.stream().map(ChoiceOption::text).toList();
        return new Problems()
                .check(options.size() >= 2, "choice-too-few-options", "a choice question needs at least two options")
                .check(!anyBlank(texts), "option-text-blank", "option texts must not be blank")
                .check(!hasLookalikes(texts), "option-texts-duplicate", "option texts must be distinct")
                .addAll(distinctIds(options.stream().map(ChoiceOption::id).toList()));
    }

    /** A, B, ... Z, AA, AB, ...: the label of the option at {@code index} (from 0) in authored order. */
    static String letter(int index) {
        String prefix = index >= 26 ? letter(index / 26 - 1) : "";
        return prefix + (char) ('A' + index % 26);
    }
}
