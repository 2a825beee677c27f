package org.sourcebook.drafting;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemKind;

/**
 * A possible draft, scored before it is built: most candidates are ranked out, so building the
 * item waits until it is selected.
 *
 * @param target what the item asks about
 * @param sentence index of the sentence the item is mainly about (-1 for items over several)
 * @param paragraph index of that sentence's paragraph (-1 for items over several)
 * @param answer what the item asks for, normalized, to find two items asking the same
 * @param key unique within the document; gives the item its id and breaks ties in ranking
 * @param alternative the same true/false statement with the other truth value, or null
 */
record Candidate(ItemKind kind, Target target, double score, int sentence, int paragraph, String answer, String key,
        Supplier<Item> build, @Nullable Candidate alternative) {

    Candidate(ItemKind kind, Target target, double score, int sentence, int paragraph, String answer, String key,
            Supplier<Item> build) {
        this(kind, target, score, sentence, paragraph, answer, key, build, null);
    }

    /** Two candidates asking for the same answer from the same sentence are duplicates, whatever their kind. */
    String duplicateKey() {
        return sentence < 0 ? key : sentence + "|" + answer;
    }

    Candidate withAlternative(Candidate other) {
        return new Candidate(kind, target, score, sentence, paragraph, answer, key, build, other);
    }
}
