package org.sourcebook.content.analysis;

import java.util.Random;

/**
 * Marks of made-up attempts for tests and benchmarks: students of normally distributed ability
 * answer items of uniformly random difficulty (a logistic chance of a right answer); one mark in
 * ten is a partial 0.5. The same seed gives the same marks.
 */
public final class SyntheticMarks {

    private SyntheticMarks() {}

    public static double[][] rows(long seed, int attempts, int items) {
        Random random = new Random(seed);
        double[] difficulty = new double[items];
        for (int i = 0; i < items; i++) {
            difficulty[i] = random.nextDouble();
        }
        double[][] rows = new double[attempts][items];
        for (int a = 0; a < attempts; a++) {
            double ability = random.nextGaussian();
            for (int i = 0; i < items; i++) {
                double chance = 1 / (1 + Math.exp(-(ability - 2 * (difficulty[i] - 0.5))));
                rows[a][i] = random.nextInt(10) == 0 ? 0.5 : random.nextDouble() < chance ? 1 : 0;
            }
        }
        return rows;
    }
}
