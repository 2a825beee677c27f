package org.sourcebook.content.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ItemAnalysisTest {

    private static final Offset<Double> HAND = within(0.005);

    /*
     * Four attempts, three items, right (1) or wrong (0):
     *   attempt  q1 q2 q3  total
     *     a1      1  1  1    3
     *     a2      1  1  0    2
     *     a3      1  0  0    1
     *     a4      0  0  0    0
     * q1: mean 3/4 -> F = 75%. Deviations .25 .25 .25 -.75, squares sum .75, sample variance .75/3 = .25 -> SD 50%.
     *     Rest (total - q1) = 2 1 0 0, mean .75, deviations 1.25 .25 -.75 -.75, squares sum 2.75.
     *     Cross products .3125 + .0625 - .1875 + .5625 = .75 -> r = .75 / sqrt(.75 * 2.75) = .52223 -> 52.22%.
     * q2: mean 1/2 -> F = 50%. Squares sum 1, variance 1/3 -> SD 57.74%.
     *     Rest = 2 1 1 0, mean 1, deviations 1 0 0 -1 (squares 2); products .5 + 0 + 0 + .5 = 1 -> r = 1/sqrt(2) -> 70.71%.
     * q3: mean 1/4 -> F = 25%, SD 50%. Rest = 2 2 1 0, mean 1.25, deviations .75 .75 -.25 -1.25 (squares 2.75);
     *     products .5625 - .1875 + .0625 + .3125 = .75 -> r = .52223 -> 52.22%.
     * Test: totals 3 2 1 0 of max 3: mean 1.5 -> 50%, median 1.5 -> 50%; squares 2.25 + .25 + .25 + 2.25 = 5,
     *     variance 5/3, SD 1.29099 -> 43.03% of 3. CIC = 3/2 * (1 - (.25 + 1/3 + .25) / (5/3)) = 1.5 * .5 -> 75%.
     */
    private static final MarkMatrix STAIRCASE = MarkMatrix.of(
            new double[] {1, 1, 1},
            new double[] {1, 1, 0},
            new double[] {1, 0, 0},
            new double[] {0, 0, 0});

    @Test
    void staircaseItemsMatchTheHandComputation() {
        List<ItemStatistics> items = ItemAnalysis.of(STAIRCASE).items();

        assertThat(items.get(0).facility().getAsDouble()).isCloseTo(75, HAND);
        assertThat(items.get(0).standardDeviation().getAsDouble()).isCloseTo(50, HAND);
        assertThat(items.get(0).discrimination().getAsDouble()).isCloseTo(52.22, HAND);
        assertThat(items.get(1).facility().getAsDouble()).isCloseTo(50, HAND);
        assertThat(items.get(1).standardDeviation().getAsDouble()).isCloseTo(57.74, HAND);
        assertThat(items.get(1).discrimination().getAsDouble()).isCloseTo(70.71, HAND);
        assertThat(items.get(2).facility().getAsDouble()).isCloseTo(25, HAND);
        assertThat(items.get(2).standardDeviation().getAsDouble()).isCloseTo(50, HAND);
        assertThat(items.get(2).discrimination().getAsDouble()).isCloseTo(52.22, HAND);
        assertThat(items).allSatisfy(item -> assertThat(item.flags()).isEmpty());
    }

    @Test
    void staircaseTestMatchesTheHandComputation() {
        TestStatistics test = ItemAnalysis.of(STAIRCASE).test();

        assertThat(test.attempts()).isEqualTo(4);
        assertThat(test.items()).isEqualTo(3);
        assertThat(test.mean().getAsDouble()).isCloseTo(50, HAND);
        assertThat(test.median().getAsDouble()).isCloseTo(50, HAND);
        assertThat(test.standardDeviation().getAsDouble()).isCloseTo(43.03, HAND);
        assertThat(test.internalConsistency().getAsDouble()).isCloseTo(75, HAND);
    }

    /*
     * Four attempts, four items:
     *   attempt  A  B  C  D  total
     *     a1     1  0  1  0    2
     *     a2     1  0  1  0    2
     *     a3     1  0  0  1    2
     *     a4     1  0  0  0    1
     * A: everyone right -> F = 100% (too easy), SD 0, no spread -> discrimination not computable.
     * B: everyone wrong -> F = 0% (too hard), SD 0, discrimination not computable.
     * C: mean .5, deviations .5 .5 -.5 -.5 (squares 1). Rest = 1 + D: deviations of D -.25 -.25 .75 -.25 (squares .75).
     *    Products -.125 - .125 - .375 + .125 = -.5 -> r = -.5 / sqrt(1 * .75) = -.57735 -> -57.74% (negative).
     * D: F = 25%; its rest is 1 + C, the same pair of columns -> -57.74% (negative).
     * Test: totals 2 2 2 1 of 4: mean 1.75 -> 43.75%, median 2 -> 50%; variance .75/3 = .25, SD .5 -> 12.5%.
     *    CIC = 4/3 * (1 - (0 + 0 + 1/3 + .25) / .25) = 4/3 * (-4/3) -> -177.78%.
     */
    @Test
    void constantAndContraryItemsAreFlagged() {
        QuizAnalysis analysis = ItemAnalysis.of(MarkMatrix.of(
                new double[] {1, 0, 1, 0},
                new double[] {1, 0, 1, 0},
                new double[] {1, 0, 0, 1},
                new double[] {1, 0, 0, 0}));
        List<ItemStatistics> items = analysis.items();

        assertThat(items.get(0).facility().getAsDouble()).isCloseTo(100, HAND);
        assertThat(items.get(0).standardDeviation().getAsDouble()).isCloseTo(0, HAND);
        assertThat(items.get(0).discrimination()).isEmpty();
        assertThat(items.get(0).flags()).containsExactly(ItemFlag.TOO_EASY);
        assertThat(items.get(1).facility().getAsDouble()).isCloseTo(0, HAND);
        assertThat(items.get(1).discrimination()).isEmpty();
        assertThat(items.get(1).flags()).containsExactly(ItemFlag.TOO_HARD);
        assertThat(items.get(2).discrimination().getAsDouble()).isCloseTo(-57.74, HAND);
        assertThat(items.get(2).flags()).containsExactly(ItemFlag.NEGATIVE_DISCRIMINATION);
        assertThat(items.get(3).facility().getAsDouble()).isCloseTo(25, HAND);
        assertThat(items.get(3).discrimination().getAsDouble()).isCloseTo(-57.74, HAND);
        TestStatistics test = analysis.test();
        assertThat(test.mean().getAsDouble()).isCloseTo(43.75, HAND);
        assertThat(test.median().getAsDouble()).isCloseTo(50, HAND);
        assertThat(test.standardDeviation().getAsDouble()).isCloseTo(12.5, HAND);
        assertThat(test.internalConsistency().getAsDouble()).isCloseTo(-177.78, HAND);
    }

    @Test
    void partialMarksCount() {
        // q1 marks .5 and 1 -> mean .75 -> F = 75%; sample variance ((-.25)^2 + .25^2) / 1 = .125 -> SD 35.36%.
        QuizAnalysis analysis = ItemAnalysis.of(MarkMatrix.of(new double[] {0.5, 0}, new double[] {1, 1}));

        assertThat(analysis.items().get(0).facility().getAsDouble()).isCloseTo(75, HAND);
        assertThat(analysis.items().get(0).standardDeviation().getAsDouble()).isCloseTo(35.36, HAND);
        // Two attempts: any two distinct points correlate perfectly; q1 rises with q2 -> 100%.
        assertThat(analysis.items().get(0).discrimination().getAsDouble()).isCloseTo(100, HAND);
    }

    @Test
    void oneAttemptLeavesSpreadAndCorrelationNotComputable() {
        QuizAnalysis analysis = ItemAnalysis.of(MarkMatrix.of(new double[] {1, 0, 1}));

        assertThat(analysis.items().get(0).facility().getAsDouble()).isEqualTo(100);
        assertThat(analysis.items()).allSatisfy(item -> {
            assertThat(item.standardDeviation()).isEmpty();
            assertThat(item.discrimination()).isEmpty();
        });
        assertThat(analysis.test().mean().getAsDouble()).isCloseTo(66.67, HAND);
        assertThat(analysis.test().standardDeviation()).isEmpty();
        assertThat(analysis.test().internalConsistency()).isEmpty();
    }

    @Test
    void noAttemptsLeaveEveryMeasureNotComputable() {
        QuizAnalysis analysis = ItemAnalysis.of(MarkMatrix.builder(2).build());

        assertThat(analysis.test().attempts()).isZero();
        assertThat(analysis.test().mean()).isEmpty();
        assertThat(analysis.test().median()).isEmpty();
        assertThat(analysis.items()).hasSize(2).allSatisfy(item -> {
            assertThat(item.facility()).isEmpty();
            assertThat(item.flags()).isEmpty();
        });
    }

    @Test
    void everyoneEqualLeavesTheTestConsistencyNotComputable() {
        QuizAnalysis analysis = ItemAnalysis.of(MarkMatrix.of(new double[] {1, 0}, new double[] {0, 1}));

        // Totals 1 and 1: no spread in the totals.
        assertThat(analysis.test().standardDeviation().getAsDouble()).isZero();
        assertThat(analysis.test().internalConsistency()).isEmpty();
        // Each item against a rest that is its mirror image: -100%.
        assertThat(analysis.items().get(0).discrimination().getAsDouble()).isCloseTo(-100, HAND);
    }

    @Test
    void flagThresholdsFollowMoodlesBands() {
        assertThat(ItemAnalysis.flags(90, OptionalDouble.of(29.9)))
                .containsExactlyInAnyOrder(ItemFlag.TOO_EASY, ItemFlag.WEAK_DISCRIMINATION);
        assertThat(ItemAnalysis.flags(10, OptionalDouble.of(0))).containsExactlyInAnyOrder(ItemFlag.TOO_HARD,
                ItemFlag.WEAK_DISCRIMINATION);
        assertThat(ItemAnalysis.flags(89.9, OptionalDouble.of(30))).isEmpty();
        assertThat(ItemAnalysis.flags(10.1, OptionalDouble.of(-0.1))).containsExactly(ItemFlag.NEGATIVE_DISCRIMINATION);
        assertThat(ItemAnalysis.flags(50, OptionalDouble.empty())).isEmpty();
    }

    @Test
    void matrixRejectsMarksOutsideTheRangeAndRowsOfTheWrongLength() {
        MarkMatrix.Builder builder = MarkMatrix.builder(2);

        assertThatThrownBy(() -> builder.add(1.5, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.add(Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.add(1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(builder.add(0, 1).add(1, 0.25).build().mark(1, 1)).isEqualTo(0.25);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2024, 99_999})
    void measuresStayInRangeAndMatchTheTextbookFormulas(long seed) {
        Random random = new Random(seed);
        int attempts = 2 + random.nextInt(60);
        int itemCount = 1 + random.nextInt(12);
        double[][] rows = randomRows(random, attempts, itemCount);

        QuizAnalysis analysis = ItemAnalysis.of(MarkMatrix.of(rows));

        double facilitySum = 0;
        for (ItemStatistics item : analysis.items()) {
            double[] column = new double[attempts];
            double[] rest = new double[attempts];
            for (int a = 0; a < attempts; a++) {
                column[a] = rows[a][item.item()];
                rest[a] = sum(rows[a]) - column[a];
            }
            double facility = item.facility().getAsDouble();
            facilitySum += facility;
            assertThat(facility).isBetween(0.0, 100.0).isCloseTo(100 * mean(column), within(1e-9));
            assertThat(item.standardDeviation().getAsDouble()).isBetween(0.0, 100.0)
                    .isCloseTo(100 * Math.sqrt(sampleVariance(column)), within(1e-9));
            OptionalDouble expected = pearson(column, rest);
            if (expected.isPresent()) {
                assertThat(item.discrimination().getAsDouble()).isBetween(-100.0, 100.0)
                        .isCloseTo(100 * expected.getAsDouble(), within(1e-6));
            } else {
                assertThat(item.discrimination()).isEmpty();
            }
        }
        assertThat(analysis.test().mean().getAsDouble()).isCloseTo(facilitySum / itemCount, within(1e-9));
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 8, 9})
    void theOrderOfAttemptsDoesNotMatter(long seed) {
        Random random = new Random(seed);
        double[][] rows = randomRows(random, 40, 6);
        List<double[]> shuffled = new ArrayList<>(List.of(rows));
        Collections.shuffle(shuffled, random);

        QuizAnalysis expected = ItemAnalysis.of(MarkMatrix.of(rows));
        QuizAnalysis actual = ItemAnalysis.of(MarkMatrix.of(shuffled.toArray(double[][]::new)));

        for (int i = 0; i < 6; i++) {
            ItemStatistics a = actual.items().get(i);
            ItemStatistics e = expected.items().get(i);
            assertThat(a.facility().getAsDouble()).isCloseTo(e.facility().getAsDouble(), within(1e-9));
            assertThat(a.discrimination().isPresent()).isEqualTo(e.discrimination().isPresent());
            e.discrimination().ifPresent(d -> assertThat(a.discrimination().getAsDouble()).isCloseTo(d, within(1e-9)));
        }
        assertThat(actual.test().median().getAsDouble()).isEqualTo(expected.test().median().getAsDouble());
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12})
    void aCopiedItemRaisesConsistencyAndNoMeasureIsNaN(long seed) {
        Random random = new Random(seed);
        double[][] rows = randomRows(random, 30, 4);

        QuizAnalysis analysis = ItemAnalysis.of(MarkMatrix.of(rows));

        assertThat(analysis.items()).allSatisfy(item -> {
            for (OptionalDouble measure : List.of(item.facility(), item.standardDeviation(), item.discrimination())) {
                measure.ifPresent(value -> assertThat(value).isFinite());
            }
            assertThat(item.flags()).isNotNull();
        });
        assertThat(Set.of(analysis.test().mean(), analysis.test().median(), analysis.test().standardDeviation()))
                .allSatisfy(measure -> assertThat(measure.getAsDouble()).isFinite());
    }

    private static double[][] randomRows(Random random, int attempts, int items) {
        return SyntheticMarks.rows(random.nextLong(), attempts, items);
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum;
    }

    private static double mean(double[] values) {
        return sum(values) / values.length;
    }

    private static double sampleVariance(double[] values) {
        double mean = mean(values);
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        return squares / (values.length - 1);
    }

    /** Pearson's r the textbook way; empty when either side has no spread. */
    private static OptionalDouble pearson(double[] x, double[] y) {
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx < 1e-9 || syy < 1e-9 ? OptionalDouble.empty() : OptionalDouble.of(sxy / Math.sqrt(sxx * syy));
    }
}
