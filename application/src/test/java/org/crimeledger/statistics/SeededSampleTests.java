package org.crimeledger.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;

import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;

class SeededSampleTests {

    private static final long[] POPULATION = LongStream.rangeClosed(1, 10_000).toArray();

    @Test
    void theSamePopulationAndSeedGiveTheSameSampleWhateverOrderThePopulationWasReadIn() {
        long[] reversed = LongStream.rangeClosed(1, 10_000).map(i -> 10_001 - i).toArray();

        assertThat(SeededSample.draw(reversed, 250, 42)).containsExactly(SeededSample.draw(POPULATION, 250, 42));
    }

    @Test
    void anotherSeedGivesAnotherSample() {
        assertThat(SeededSample.draw(POPULATION, 250, 43)).isNotEqualTo(SeededSample.draw(POPULATION, 250, 42));
    }

    @Test
    void drawsDistinctMembersOfThePopulation() {
        long[] sample = SeededSample.draw(POPULATION, 2_000, 7);

        assertThat(sample).hasSize(2_000).doesNotHaveDuplicates();
        assertThat(java.util.Arrays.stream(sample).allMatch(id -> id >= 1 && id <= 10_000)).isTrue();
    }

    @Test
    void everyUnitIsEquallyLikelyToBeDrawn() {
        // 4,000 seeds, samples of 10 from 50 units: each unit expected 800 times; chi-square against uniform.
        long[] population = LongStream.rangeClosed(1, 50).toArray();
        long[] counts = new long[50];
        for (long seed = 0; seed < 4_000; seed++) {
            for (long id : SeededSample.draw(population, 10, seed)) {
                counts[(int) id - 1]++;
            }
        }
        double[] expected = new double[50];
        java.util.Arrays.fill(expected, 800);

        assertThat(new ChiSquareTest().chiSquareTest(expected, counts)).isGreaterThan(0.001);
    }

    @Test
    void refusesASampleLargerThanThePopulation() {
        assertThatThrownBy(() -> SeededSample.draw(new long[] {1, 2, 3}, 4, 1))
                .hasMessageContaining("larger than the population of 3");
    }
}
