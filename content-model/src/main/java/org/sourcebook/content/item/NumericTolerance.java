package org.sourcebook.content.item;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How far a numeric answer may be from the correct value and still count.
 *
 * @param relative false: {@code amount} is an absolute distance (0.5 accepts 7.5 to 8.5 for 8);
 *     true: {@code amount} is a fraction of the correct value (0.05 accepts 5% either side)
 * @param amount 0 for an exact answer; a negative amount accepts nothing and is reported by
 *     {@link Numeric#answerProblems()}
 */
public record NumericTolerance(boolean relative, BigDecimal amount) {

    public NumericTolerance {
        Objects.requireNonNull(amount, "a tolerance needs an amount");
    }

    public static NumericTolerance exact() {
        return new NumericTolerance(false, BigDecimal.ZERO);
    }

    public static NumericTolerance absolute(String amount) {
        return new NumericTolerance(false, new BigDecimal(amount));
    }

    public static NumericTolerance relative(String fraction) {
        return new NumericTolerance(true, new BigDecimal(fraction));
    }

    public boolean isExact() {
        return amount.signum() == 0;
    }

    /**
     * True if {@code given} lies within this tolerance of {@code expected}, bounds included. Only
     * compares {@code given} with bounds, never computes with it, so a learner's number with an
     * extreme exponent (1E+999999999) is answered at once instead of being expanded.
     */
    public boolean accepts(BigDecimal expected, BigDecimal given) {
        BigDecimal allowed = relative ? amount.multiply(expected.abs()) : amount;
        return given.compareTo(expected.subtract(allowed)) >= 0 && given.compareTo(expected.add(allowed)) <= 0;
    }

    /** For people: "" when exact, else e.g. "± 0.5" or "± 5%". */
    public String describe() {
        if (isExact()) {
            return "";
        }
        return relative ? "± " + amount.movePointRight(2).stripTrailingZeros().toPlainString() + "%"
                : "± " + amount.toPlainString();
    }
}
