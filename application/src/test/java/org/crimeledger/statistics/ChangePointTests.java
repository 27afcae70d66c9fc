package org.crimeledger.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class ChangePointTests {

    @Test
    void findsAFallInRecordedCrimeWhereItHappened() {
        long[] months = series(new Well19937c(11), 24, 300, 16, 0.85);
        ChangePoint.Shift shift = ChangePoint.find(months, 1);
        assertThat(shift.index()).isBetween(15, 17);
        assertThat(shift.rateAfter()).isLessThan(shift.rateBefore());
        assertThat(shift.signal().pValue()).isLessThan(0.01);
        assertThat(shift.signal().direction()).isEqualTo(Signal.Direction.LOW);
    }

    @Test
    void onFlatSeriesTheFalseAlarmRateIsTheLevelTested() {
        int alarms = 0;
        int seeds = 200;
        for (int seed = 0; seed < seeds; seed++) {
            long[] months = series(new Well19937c(seed), 24, 120, 24, 1);
            if (ChangePoint.find(months, seed).signal().pValue() < 0.05) {
                alarms++;
            }
        }
        System.out.printf("change point on flat series: %d of %d seeds alarmed at p < 0.05%n", alarms, seeds);
        assertThat((double) alarms / seeds).isBetween(0.01, 0.09);
    }

    @Test
    void tooShortOrTooSparseIsNotEnoughData() {
        assertThat(ChangePoint.find(new long[] {1, 0, 2, 1, 0, 1, 2}, 1).signal().enoughData()).isFalse();
        assertThat(ChangePoint.find(new long[] {50, 60, 55, 52}, 1).index()).isEqualTo(-1);
        assertThatThrownBy(() -> ChangePoint.find(new long[] {1, 2}, new double[] {1}, 1)).hasMessageContaining("One exposure a month");
    }

    /** Monthly counts at {@code mean}, multiplied by {@code factor} from month {@code changeAt} on. */
    static long[] series(Well19937c random, int months, double mean, int changeAt, double factor) {
        long[] counts = new long[months];
        for (int t = 0; t < months; t++) {
            double level = t < changeAt ? mean : mean * factor;
            counts[t] = new PoissonDistribution(random, level, PoissonDistribution.DEFAULT_EPSILON,
                    PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample();
        }
        return counts;
    }

    @Test
    void aShiftBeyondEverySimulatedSeriesGetsAPValueBelowTheSimulationsResolution() {
        long[] months = new long[24];
        java.util.Arrays.fill(months, 0, 16, 60);
        java.util.Arrays.fill(months, 16, 24, 30);
        ChangePoint.Shift shift = ChangePoint.find(months, 5);
        assertThat(shift.index()).isEqualTo(16);
        assertThat(shift.signal().pValue()).isLessThan(1.0 / (ChangePoint.SIMULATIONS + 1)).isGreaterThan(0);
    }
}
