package org.crimeledger.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;


import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class FunnelLimitsTests {

    @Test
    void largeUnitsMeetTheNormalApproximation() {
        double p = 0.2;
        int n = 10_000;
        double halfWidth = 1.959964 * Math.sqrt(p * (1 - p) / n);
        FunnelLimits.Limits limits = FunnelLimits.proportion(p, n, FunnelLimits.WARNING);
        assertThat(limits.lower()).isCloseTo(p - halfWidth, within(2e-4));
        assertThat(limits.upper()).isCloseTo(p + halfWidth, within(2e-4));
    }

    @Test
    void theFunnelNarrowsAsUnitsGrowAndTheAlarmLimitsLieOutsideTheWarningLimits() {
        FunnelLimits.Limits small = FunnelLimits.proportion(0.1, 50, FunnelLimits.WARNING);
        FunnelLimits.Limits large = FunnelLimits.proportion(0.1, 5_000, FunnelLimits.WARNING);
        FunnelLimits.Limits alarm = FunnelLimits.proportion(0.1, 5_000, FunnelLimits.ALARM);
        assertThat(small.upper() - small.lower()).isGreaterThan(large.upper() - large.lower());
        assertThat(alarm.lower()).isLessThan(large.lower());
        assertThat(alarm.upper()).isGreaterThan(large.upper());
        assertThat(large.contains(0.1)).isTrue();
    }

    @Test
    void aboutOneUnitInTwentyFallsOutsideTheNinetyFivePercentLimitsByChance() {
        double p = 0.08;
        int n = 400;
        FunnelLimits.Limits limits = FunnelLimits.proportion(p, n, FunnelLimits.WARNING);
        BinomialDistribution units = new BinomialDistribution(new Well19937c(7), n, p);
        int outside = 0;
        int draws = 20_000;
        for (int i = 0; i < draws; i++) {
            if (!limits.contains((double) units.sample() / n)) {
                outside++;
            }
        }
        // Discrete counts sit inside the interpolated limits a little more often than 95%.
        assertThat((double) outside / draws).isBetween(0.03, 0.06);
    }

    @Test
    void ratioLimitsForCounts() {
        FunnelLimits.Limits limits = FunnelLimits.ratio(400, FunnelLimits.WARNING);
        assertThat(limits.lower()).isCloseTo(1 - 1.96 / Math.sqrt(400), within(0.01));
        assertThat(limits.upper()).isCloseTo(1 + 1.96 / Math.sqrt(400), within(0.01));
    }
}
