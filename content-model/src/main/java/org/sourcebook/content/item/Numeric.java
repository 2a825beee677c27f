package org.sourcebook.content.item;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A question answered with a number, e.g. a year or a count from the source.
 *
 * @param value the correct value
 * @param tolerance how close an answer must be; exact when its amount is 0
 * @param unit what the number counts ("people", "km", "%"), or null; learners may type it after
 *     the number, and blank becomes null
 */
public record Numeric(ItemInfo info, BigDecimal value, NumericTolerance tolerance, @Nullable String unit)
        implements Question {

    public Numeric {
        Objects.requireNonNull(info, "an item needs its shared fields");
        Objects.requireNonNull(value, "a numeric question needs a value");
        Objects.requireNonNull(tolerance, "a numeric question needs a tolerance");
        unit = unit == null || unit.isBlank() ? null : unit.strip();
    }

    @Override
    public ItemKind kind() {
        return ItemKind.NUMERIC;
    }

    /** The value and unit, with the tolerance when there is one: "1613", "8 km (± 0.5)". */
    @Override
    public String canonicalAnswer() {
        String number = value.toPlainString() + (unit == null ? "" : " " + unit);
        return tolerance.isExact() ? number : number + " (" + tolerance.describe() + ")";
    }

    @Override
    public Numeric withInfo(ItemInfo newInfo) {
        return new Numeric(newInfo, value, tolerance, unit);
    }

    @Override
    public List<Problem> answerProblems() {
        return new Problems()
                .check(tolerance.amount().signum() >= 0, "numeric-tolerance-negative",
                        "numeric tolerance must not be negative")
                .check(!tolerance.relative() || value.signum() != 0, "numeric-relative-tolerance-of-zero",
                        "a relative tolerance needs a correct value other than 0")
                .toList();
    }
}
