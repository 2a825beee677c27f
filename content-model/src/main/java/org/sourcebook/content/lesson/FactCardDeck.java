package org.sourcebook.content.lesson;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.Problem;
import org.sourcebook.content.item.Problems;

/** Fact cards for students to study; assigned decks feed each student's spaced-repetition queue. */
public record FactCardDeck(BlockId id, List<ItemId> cards) implements Block {

    public FactCardDeck {
        Objects.requireNonNull(id, "a block needs an id");
        cards = List.copyOf(cards);
    }

    @Override
    public BlockKind kind() {
        return BlockKind.FACT_CARD_DECK;
    }

    @Override
    public List<Problem> problems() {
        return new Problems()
                .check(!cards.isEmpty(), "deck-empty", "a fact-card deck needs at least one card")
                .check(new HashSet<>(cards).size() == cards.size(), "deck-card-repeated",
                        "a deck must not contain the same card twice")
                .toList();
    }
}
