package org.sourcebook.content.item;

import java.util.List;
import org.sourcebook.content.source.Span;

/**
 * A fact card or a question. Every item holds its shared fields in {@link #info()} and its
 * answer data in its own record. Items are immutable; changes make copies.
 *
 * <p>Items never refuse to exist because they are incomplete: {@link #problems()} lists what is
 * wrong, so the editor can hold and show an invalid draft. Constructors reject only what is
 * structurally impossible (nulls).
 */
public sealed interface Item permits FactCard, Question {

    ItemInfo info();

    ItemKind kind();

    /**
     * The correct answer as human-readable text, e.g. {@code "1613"}, {@code "B) Khojaly"} or
     * {@code "Shusha → 1752; Khojaly → 1992"}; exported as {@code answer} in the JSON bundle.
     */
    String canonicalAnswer();

    /** A copy of this item with other shared fields and the same answer data. */
    Item withInfo(ItemInfo info);

    /** Problems with this kind's answer data only; {@link #problems()} adds the shared fields. */
    List<Problem> answerProblems();

    default ItemId id() {
        return info().id();
    }

    default String prompt() {
        return info().prompt();
    }

    default List<Span> citations() {
        return info().citations();
    }

    default ItemStatus status() {
        return info().status();
    }

    default Item withStatus(ItemStatus status) {
        return withInfo(info().withStatus(status));
    }

    default Item withCitations(List<Span> citations) {
        return withInfo(info().withCitations(citations));
    }

    /** Everything that keeps this item from being usable; empty when it is valid. */
    default List<Problem> problems() {
        return new Problems().addAll(info().problems()).addAll(answerProblems()).toList();
    }

    default boolean isValid() {
        return problems().isEmpty();
    }
}
