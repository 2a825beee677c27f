package org.sourcebook.content.grading;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.item.Problem;

/**
 * Reads a number as a learner types it, in English or Azerbaijani habits: "1613", "-3.5",
 * "3,5", "1 000 000", "1,234.5", "1.234,5", "2e3", optionally followed by the question's unit
 * ("613 people", "45%").
 *
 * <p>The last of "," and "." is the decimal separator when both occur; a separator that occurs
 * several times, and spaces, group thousands (groups of three digits after the first). A single
 * "," or "." followed by exactly three digits, as in "1,613", is ambiguous: both readings (1.613
 * and 1613) are returned, and the answer counts if either is right.
 *
 * @param readings the values the text can mean; empty when it is not a number
 * @param problem why the text cannot be read, or null
 */
record LearnerNumber(List<BigDecimal> readings, @Nullable Problem problem) {

    static final Problem NOT_A_NUMBER = new Problem("not-a-number", "not a number");

    private static final Pattern NUMBER = Pattern.compile(
            "([+-]?) ?([0-9][0-9 ,.]*[0-9]|[0-9]|[.,][0-9]+)(?: ?[eE]([+-]?[0-9]{1,4}))?(.*)", Pattern.DOTALL);
    private static final Pattern FIRST_GROUP = Pattern.compile("[1-9][0-9]{0,2}");
    private static final Pattern LATER_GROUP = Pattern.compile("[0-9]{3}");

    static LearnerNumber parse(String typed, @Nullable String unit) {
        Matcher number = NUMBER.matcher(simplify(typed));
        if (!number.matches()) {
            return new LearnerNumber(List.of(), NOT_A_NUMBER);
        }
        Optional<Problem> unitProblem = unitProblem(number.group(4).strip(), unit);
        if (unitProblem.isPresent()) {
            return new LearnerNumber(List.of(), unitProblem.get());
        }
        String exponent = number.group(3) == null ? "" : "E" + number.group(3);
        List<BigDecimal> readings = plainReadings(number.group(2)).stream()
                .map(plain -> new BigDecimal(number.group(1) + plain + exponent))
                .toList();
        return new LearnerNumber(readings, readings.isEmpty() ? NOT_A_NUMBER : null);
    }

    private static String simplify(String typed) {
        String compatible = Normalizer.normalize(typed, Normalizer.Form.NFKC).replace('\u2212', '-');
        return TypedText.SPACES.matcher(compatible).replaceAll(" ").strip();
    }

    private static Optional<Problem> unitProblem(String typedUnit, @Nullable String unit) {
        if (typedUnit.isEmpty() || unit != null && fold(typedUnit).equals(fold(unit))) {
            return Optional.empty();
        }
        return Optional.of(unit == null ? NOT_A_NUMBER : new Problem("wrong-unit", "the unit should be " + unit));
    }

    private static String fold(String text) {
        return simplify(text).toLowerCase(Locale.ROOT);
    }

    /** The mantissa as plain decimals ("1613", "1.613"), one per valid reading. */
    private static List<String> plainReadings(String mantissa) {
        int lastComma = mantissa.lastIndexOf(',');
        int lastDot = mantissa.lastIndexOf('.');
        List<String> readings = new ArrayList<>();
        if (lastComma >= 0 && lastDot >= 0) {
            read(mantissa, lastComma > lastDot ? ',' : '.').ifPresent(readings::add);
        } else if (lastComma >= 0 || lastDot >= 0) {
            read(mantissa, lastComma >= 0 ? ',' : '.').ifPresent(readings::add);
            read(mantissa, null).ifPresent(readings::add);
        } else {
            read(mantissa, null).ifPresent(readings::add);
        }
        return readings;
    }

    /** Reads {@code mantissa} with {@code decimal} as the decimal separator (null: none); empty if invalid. */
    private static Optional<String> read(String mantissa, @Nullable Character decimal) {
        int split = decimal == null ? -1 : mantissa.indexOf(decimal);
        if (split >= 0 && split != mantissa.lastIndexOf(decimal)) {
            return Optional.empty();
        }
        String whole = split < 0 ? mantissa : mantissa.substring(0, split);
        String fraction = split < 0 ? "" : mantissa.substring(split + 1);
        Optional<String> wholeDigits = whole.isEmpty() && split == 0 ? Optional.of("0") : ungroup(whole);
        if (wholeDigits.isEmpty() || !fraction.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(fraction.isEmpty() ? wholeDigits.get() : wholeDigits.get() + "." + fraction);
    }

    /** The digits of a whole part, if its grouping (any of " ,.") is valid. */
    private static Optional<String> ungroup(String whole) {
        String[] groups = whole.split("[ ,.]", -1);
        if (groups.length == 1) {
            return groups[0].isEmpty() ? Optional.empty() : Optional.of(groups[0]);
        }
        boolean valid = FIRST_GROUP.matcher(groups[0]).matches();
        for (int index = 1; index < groups.length; index++) {
            valid &= LATER_GROUP.matcher(groups[index]).matches();
        }
        return valid ? Optional.of(String.join("", groups)) : Optional.empty();
    }
}
