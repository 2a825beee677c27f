package org.sourcebook.content.grading;

import java.math.BigDecimal;
import java.util.Objects;

/** A number already parsed (e.g. by a number field or an import); answers numeric questions. */
public record NumberResponse(BigDecimal value) implements Response {

    public NumberResponse {
        Objects.requireNonNull(value, "a number response needs a value");
    }

    @Override
    public String shape() {
        return "a number";
    }
}
