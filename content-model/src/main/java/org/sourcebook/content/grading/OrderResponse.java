package org.sourcebook.content.grading;

import java.util.Arrays;
import java.util.List;
import org.sourcebook.content.item.OptionId;

/** The entry ids of an ordering question in the order the learner put them. */
public record OrderResponse(List<OptionId> order) implements Response {

    public OrderResponse {
        order = List.copyOf(order);
    }

    public static OrderResponse of(String... entryIds) {
        return new OrderResponse(Arrays.stream(entryIds).map(OptionId::of).toList());
    }

    @Override
    public String shape() {
        return "an order";
    }
}
