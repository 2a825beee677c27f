package org.sourcebook.exchange.items;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Seeded random texts for property-style tests: each starts with "x" and holds 1 to 30 characters of an alphabet. */
public final class RandomTexts {

    private RandomTexts() {
    }

    /** {@code count} texts of code points from {@code alphabet}, the same ones for the same seed. */
    public static Stream<String> of(long seed, String alphabet, int count) {
        Random random = new Random(seed);
        int[] characters = alphabet.codePoints().toArray();
        return IntStream.range(0, count).mapToObj(index -> random.ints(1 + random.nextInt(30), 0, characters.length)
                .mapToObj(position -> Character.toString(characters[position]))
                .reduce("x", String::concat));
    }
}
