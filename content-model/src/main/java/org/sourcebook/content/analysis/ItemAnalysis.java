package org.sourcebook.content.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Computes a quiz's item analysis with the definitions of Moodle's quiz statistics report:
 * <ul>
 * <li>facility index F = mean mark of the item / its maximum mark, in %;
 * <li>standard deviation of the item's marks (sample, n - 1), in % of its maximum;
 * <li>discrimination index = 100 × the product-moment correlation of the item's marks with the
 *     rest of the test (each attempt's total minus its mark on this item);
 * <li>test mean, median and sample standard deviation of the totals, in % of the maximum total;
 * <li>coefficient of internal consistency = 100 × k/(k-1) × (1 - Σ item variances / variance of totals).
 * </ul>
 * Two passes over the marks (means, then centred sums), so the cost grows linearly with attempts ×
 * items and stays numerically stable; only the median sorts (the totals).
 */
public final class ItemAnalysis {

    /** Variances per attempt below this count as zero: a constant column, nothing to correlate. */
    private static final double ZERO_VARIANCE = 1e-12;

    private ItemAnalysis() {}

    public static QuizAnalysis of(MarkMatrix matrix) {
        int n = matrix.attempts();
        int k = matrix.items();
        double[] marks = matrix.flat();
        double[] totals = new double[n];
        double[] itemSums = new double[k];
        double totalSum = 0;
        for (int a = 0, cell = 0; a < n; a++) {
            double total = 0;
            for (int i = 0; i < k; i++, cell++) {
                double mark = marks[cell];
                itemSums[i] += mark;
                total += mark;
            }
            totals[a] = total;
            totalSum += total;
        }
        if (n == 0) {
            return empty(k);
        }
        double meanTotal = totalSum / n;
        double[] itemMeans = new double[k];
        for (int i = 0; i < k; i++) {
            itemMeans[i] = itemSums[i] / n;
        }
        double[] itemSquares = new double[k];
        double[] restSquares = new double[k];
        double[] itemRestProducts = new double[k];
        double totalSquares = 0;
        for (int a = 0, cell = 0; a < n; a++) {
            double totalDeviation = totals[a] - meanTotal;
            totalSquares += totalDeviation * totalDeviation;
            for (int i = 0; i < k; i++, cell++) {
                double itemDeviation = marks[cell] - itemMeans[i];
                double restDeviation = totalDeviation - itemDeviation;
                itemSquares[i] += itemDeviation * itemDeviation;
                restSquares[i] += restDeviation * restDeviation;
                itemRestProducts[i] += itemDeviation * restDeviation;
            }
        }
        List<ItemStatistics> items = new ArrayList<>(k);
        double itemVarianceSum = 0;
        for (int i = 0; i < k; i++) {
            double facility = 100 * itemMeans[i];
            OptionalDouble sd = OptionalDouble.empty();
            OptionalDouble discrimination = OptionalDouble.empty();
            if (n > 1) {
                double variance = itemSquares[i] / (n - 1);
                itemVarianceSum += variance;
                sd = OptionalDouble.of(100 * Math.sqrt(variance));
                if (itemSquares[i] / n > ZERO_VARIANCE && restSquares[i] / n > ZERO_VARIANCE) {
                    double r = itemRestProducts[i] / Math.sqrt(itemSquares[i] * restSquares[i]);
                    discrimination = OptionalDouble.of(100 * Math.max(-1, Math.min(1, r)));
                }
            }
            items.add(new ItemStatistics(i, OptionalDouble.of(facility), sd, discrimination,
                    flags(facility, discrimination)));
        }
        OptionalDouble testSd = OptionalDouble.empty();
        OptionalDouble consistency = OptionalDouble.empty();
        if (n > 1) {
            double totalVariance = totalSquares / (n - 1);
            testSd = OptionalDouble.of(100 * Math.sqrt(totalVariance) / k);
            if (k > 1 && totalSquares / n > ZERO_VARIANCE) {
                consistency = OptionalDouble.of(100.0 * k / (k - 1) * (1 - itemVarianceSum / totalVariance));
            }
        }
        TestStatistics test = new TestStatistics(n, k, OptionalDouble.of(100 * meanTotal / k),
                OptionalDouble.of(100 * median(totals) / k), testSd, consistency);
        return new QuizAnalysis(test, items);
    }

    /** The flags for an item with {@code facility} and {@code discrimination} (both in %). */
    static Set<ItemFlag> flags(double facility, OptionalDouble discrimination) {
        Set<ItemFlag> flags = EnumSet.noneOf(ItemFlag.class);
        if (facility >= ItemFlag.EASY_FROM) {
            flags.add(ItemFlag.TOO_EASY);
        }
        if (facility <= ItemFlag.HARD_UP_TO) {
            flags.add(ItemFlag.TOO_HARD);
        }
        if (discrimination.isPresent()) {
            double d = discrimination.getAsDouble();
            if (d < 0) {
                flags.add(ItemFlag.NEGATIVE_DISCRIMINATION);
            } else if (d < ItemFlag.ADEQUATE_FROM) {
                flags.add(ItemFlag.WEAK_DISCRIMINATION);
            }
        }
        return flags;
    }

    private static double median(double[] totals) {
        double[] sorted = totals.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static QuizAnalysis empty(int k) {
        List<ItemStatistics> items = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            items.add(new ItemStatistics(i, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), Set.of()));
        }
        OptionalDouble none = OptionalDouble.empty();
        return new QuizAnalysis(new TestStatistics(0, k, none, none, none, none), items);
    }
}
