package org.crimeledger.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.junit.jupiter.api.Test;

class RecordingRateTests {

    @Test
    void reproducesKent2017PublishedRateAndHalfWidth() {
        // Kent 2017: 83.6% plus or minus 1.85 points; 1,539 is the sample size that figure implies.
        RecordingRate kent = new RecordingRate(1287, 1539);

        assertThat(kent.rate() * 100).isCloseTo(83.6, within(0.05));
        assertThat(kent.halfWidth95() * 100).isCloseTo(1.85, within(0.01));
    }

    @Test
    void reproducesKent2017UnrecordedCrimeEstimate() {
        // Published as "over 24,300" unrecorded crimes a year; about 123,900 recorded crimes in 12 months.
        RecordingRate kent = new RecordingRate(836, 1000);

        assertThat(kent.unrecordedPerYear(123_900)).isBetween(24_300.0, 24_400.0);
    }

    @Test
    void intervalCoversTheTrueRateAboutNinetyFivePercentOfTheTime() {
        Random random = new Random(20_130_617L);
        double trueRate = 0.9;
        int audited = 1_000;
        int covered = 0;
        int trials = 4_000;
        for (int trial = 0; trial < trials; trial++) {
            int recorded = 0;
            for (int i = 0; i < audited; i++) {
                recorded += random.nextDouble() < trueRate ? 1 : 0;
            }
            RecordingRate estimate = new RecordingRate(recorded, audited);
            if (Math.abs(estimate.rate() - trueRate) <= estimate.halfWidth95()) {
                covered++;
            }
        }
        assertThat((double) covered / trials).isBetween(0.935, 0.965);
    }

    @Test
    void refusesImpossibleCounts() {
        assertThatThrownBy(() -> new RecordingRate(5, 0)).hasMessageContaining("at least one audited");
        assertThatThrownBy(() -> new RecordingRate(11, 10)).hasMessageContaining("between 0 and the 10 audited");
    }
}
