package org.sourcebook.exchange.gift;

import java.util.Map;
import java.util.Optional;

/**
 * Equal shares of 100% that Moodle accepts as answer grades. Its importer refuses any grade not in
 * {@code question_bank::fraction_options_full()} (by default "error if grade not listed"), and that
 * list holds 1/n only for n = 1 to 10 and 20, rounded to 7 decimals of a fraction.
 */
final class MoodleShares {

    private static final Map<Integer, String> PERCENT_OF_ONE_IN = Map.ofEntries(
            Map.entry(1, "100"), Map.entry(2, "50"), Map.entry(3, "33.33333"), Map.entry(4, "25"),
            Map.entry(5, "20"), Map.entry(6, "16.66667"), Map.entry(7, "14.28571"), Map.entry(8, "12.5"),
            Map.entry(9, "11.11111"), Map.entry(10, "10"), Map.entry(20, "5"));

    private MoodleShares() {
    }

    /** The percentage for one of {@code count} equal shares, as GIFT writes it ("33.33333"), if Moodle lists it. */
    static Optional<String> percentOfOneIn(int count) {
        return Optional.ofNullable(PERCENT_OF_ONE_IN.get(count));
    }
}
