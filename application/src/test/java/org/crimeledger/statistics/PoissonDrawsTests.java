package org.crimeledger.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast sampler draws from the Poisson distribution: its frequencies pass a chi-square test against it. */
class PoissonDrawsTests {

    @ParameterizedTest
    @ValueSource(doubles = {0.7, 4, 12, 45, 300})
    void frequenciesMatchThePoissonDistribution(double mean) {
        Well19937c random = new Well19937c(42);
        PoissonDistribution truth = new PoissonDistribution(mean);
        int low = (int) Math.max(0, Math.floor(mean - 3 * Math.sqrt(mean)));
        int high = (int) Math.ceil(mean + 3 * Math.sqrt(mean)) + 1;
        int bins = high - low + 1;
        long[] observed = new long[bins];
        int draws = 100_000;
        for (int i = 0; i < draws; i++) {
            long k = PoissonDraws.draw(random, mean);
            observed[(int) (Math.min(Math.max(k, low), high) - low)]++;
        }
        double[] expected = new double[bins];
        for (int b = 0; b < bins; b++) {
            int k = low + b;
            double p = k == low ? truth.cumulativeProbability(low) : k == high ? 1 - truth.cumulativeProbability(high - 1)
                    : truth.probability(k);
            expected[b] = p * draws;
        }
        assertThat(new ChiSquareTest().chiSquareTest(expected, observed)).as("chi-square p-value").isGreaterThan(0.001);
    }

    @Test
    void theMeanIsTheMean() {
        Well19937c random = new Well19937c(7);
        double sum = 0;
        for (int i = 0; i < 200_000; i++) {
            sum += PoissonDraws.draw(random, 300);
        }
        assertThat(sum / 200_000).isBetween(299.8, 300.2);
    }
}
