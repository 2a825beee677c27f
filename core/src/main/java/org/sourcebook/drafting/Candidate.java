package org.sourcebook.drafting;

import java.util.function.Supplier;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemKind;

/**
 * A possible draft, scored before it is built: most candidates are ranked out, so building the
 * item waits until it is selected.
 *
 * @param sentence index of the sentence the item is mainly about (-1 for items over several)
 * @param answer what the item asks for, normalized, to find two items asking the same
 * @param key unique within the document; gives the item its id and breaks ties in ranking
 */
record Candidate(ItemKind kind, double score, int sentence, String answer, String key, Supplier<Item> build) {

    /** Two candidates of one kind asking for the same answer from the same sentence are duplicates. */
    String duplicateKey() {
        return kind + "|" + sentence + "|" + answer;
    }
}
