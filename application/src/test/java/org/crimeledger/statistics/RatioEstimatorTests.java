package org.crimeledger.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RatioEstimatorTests {

    @Test
    void theRateIsCrimesRecordedOverCrimesThatShouldHaveBeenAcrossIncidents() {
        List<ReviewedIncident> sample = List.of(ReviewedIncident.of(2, 1), ReviewedIncident.of(0, 0),
                ReviewedIncident.of(1, 1), ReviewedIncident.of(3, 3));

        RateEstimate estimate = RatioEstimator.estimate(sample, 1_000);

        assertThat(estimate.rate()).isEqualTo(5.0 / 6);
        assertThat(estimate.audited()).isEqualTo(6);
        assertThat(estimate.incidents()).isEqualTo(4);
        assertThat(estimate.lower()).isLessThan(estimate.rate());
        assertThat(estimate.upper()).isGreaterThan(estimate.rate()).isLessThanOrEqualTo(1);
    }

    @Test
    void crimesThatGoTogetherWidenTheIntervalComparedWithIndependentCrimes() {
        List<ReviewedIncident> together = new ArrayList<>();
        List<ReviewedIncident> apart = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            together.add(ReviewedIncident.of(3, i % 5 == 0 ? 0 : 3));
            apart.add(ReviewedIncident.of(3, i % 5 == 0 ? 2 : i % 5 == 1 ? 2 : i % 5 == 2 ? 2 : 3));
        }
        RateEstimate clustered = RatioEstimator.estimate(together, 1_000_000);
        RateEstimate spread = RatioEstimator.estimate(apart, 1_000_000);

        assertThat(clustered.rate()).isEqualTo(spread.rate());
        assertThat(clustered.designEffect()).isGreaterThan(2.5);
        assertThat(clustered.halfWidth()).isGreaterThan(spread.halfWidth());
    }

    @Test
    void aHundredPercentSampleStillGetsAnIntervalBelowAHundred() {
        List<ReviewedIncident> allRecorded = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            allRecorded.add(ReviewedIncident.of(1, 1));
        }
        RateEstimate estimate = RatioEstimator.estimate(allRecorded, 10_000);

        assertThat(estimate.rate()).isEqualTo(1.0);
        assertThat(estimate.upper()).isEqualTo(1.0);
        assertThat(estimate.lower()).isCloseTo(0.912, within(0.001));
        assertThat(estimate.method()).contains("Wilson");
    }

    @Test
    void aStratifiedSampleWeightsEachStratumByItsPopulation() {
        List<ReviewedIncident> sample = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            sample.add(new ReviewedIncident("violence", 1, i < 70 ? 1 : 0));
            sample.add(new ReviewedIncident("other", 1, i < 90 ? 1 : 0));
        }
        RateEstimate estimate = RatioEstimator.estimate(sample, Map.of("violence", 1_000L, "other", 9_000L));

        assertThat(estimate.rate()).isCloseTo(0.1 * 0.7 + 0.9 * 0.9, within(1e-12));
    }

    @Test
    void aStratumReviewedInFullHasNoSamplingError() {
        List<ReviewedIncident> census = List.of(ReviewedIncident.of(1, 1), ReviewedIncident.of(2, 1));

        RateEstimate estimate = RatioEstimator.estimate(census, 2);

        assertThat(estimate.lower()).isEqualTo(estimate.upper()).isEqualTo(2.0 / 3);
    }

    @Test
    void refusesWhatCannotBeEstimated() {
        assertThatThrownBy(() -> RatioEstimator.estimate(List.of(), 100)).hasMessageContaining("needs a sample");
        assertThatThrownBy(() -> RatioEstimator.estimate(List.of(ReviewedIncident.of(0, 0)), 100))
                .hasMessageContaining("no rate to estimate");
        assertThatThrownBy(() -> RatioEstimator.estimate(List.of(new ReviewedIncident("rape", 1, 1)), 100))
                .hasMessageContaining("'rape' has reviewed incidents but no population size");
        assertThatThrownBy(() -> ReviewedIncident.of(1, 2)).hasMessageContaining("More crimes recorded (2)");
        assertThatThrownBy(() -> ReviewedIncident.of(-1, 0)).hasMessageContaining("cannot be negative");
    }

    @Test
    void theBootstrapAgreesWithTheLinearisedIntervalOnALargeSample() {
        List<ReviewedIncident> sample = new ArrayList<>();
        java.util.Random random = new java.util.Random(5);
        for (int i = 0; i < 2_000; i++) {
            int should = 1 + random.nextInt(3);
            int recorded = 0;
            for (int c = 0; c < should; c++) {
                recorded += random.nextDouble() < 0.85 ? 1 : 0;
            }
            sample.add(ReviewedIncident.of(should, recorded));
        }
        RateEstimate linearised = RatioEstimator.estimate(sample, 5_000_000);
        RateEstimate bootstrap = IncidentBootstrap.estimate(sample, Map.of("all", 5_000_000L), 2_000, 11);

        assertThat(bootstrap.rate()).isEqualTo(linearised.rate());
        assertThat(bootstrap.lower()).isCloseTo(linearised.lower(), within(0.002));
        assertThat(bootstrap.upper()).isCloseTo(linearised.upper(), within(0.002));
        assertThat(IncidentBootstrap.estimate(sample, Map.of("all", 5_000_000L), 2_000, 11)).isEqualTo(bootstrap);
    }

    @Test
    void unrecordedCrimesScaleTheRateAndSwapTheIntervalEnds() {
        RateEstimate kent = new RateEstimate(0.836, 0.8175, 0.8545, 1_539, 1_287, 1_539, 0.0094, 1, "published");

        UnrecordedCrimes unrecorded = UnrecordedCrimes.from(kent, 123_900);

        assertThat(unrecorded.publishedAsOver()).isEqualTo(24_300);
        assertThat(unrecorded.lower()).isCloseTo(123_900 * (1 - 0.8545) / 0.8545, within(1e-6));
        assertThat(unrecorded.upper()).isCloseTo(123_900 * (1 - 0.8175) / 0.8175, within(1e-6));
    }

    @Test
    void gradesFollowTheThresholdsAndAgreeWithPublishedJudgments() {
        GradeThresholds bands = GradeThresholds.DEFAULTS;

        assertThat(bands.grade(0.934)).isEqualTo(Grade.OUTSTANDING);
        assertThat(bands.grade(0.907)).isEqualTo(Grade.GOOD);
        assertThat(bands.grade(0.895)).isEqualTo(Grade.GOOD);
        assertThat(bands.grade(0.891)).isEqualTo(Grade.REQUIRES_IMPROVEMENT);
        assertThat(bands.grade(0.878)).isEqualTo(Grade.REQUIRES_IMPROVEMENT);
        assertThat(bands.grade(0.841)).isEqualTo(Grade.INADEQUATE);
        assertThatThrownBy(() -> new GradeThresholds(0.9, 0.95, 0.8)).hasMessageContaining("must fall");
    }
}
