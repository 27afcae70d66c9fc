package org.crimeledger.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.crimeledger.statistics.Signal.Direction;
import org.junit.jupiter.api.Test;

/** The exact tests against values worked out by hand from the binomial distribution. */
class ComparisonTests {

    @Test
    void binomialTestDoublesTheSmallerTail() {
        // 7 of 10 against 1/2: P(X >= 7) = (120 + 45 + 10 + 1) / 1024 = 0.171875, doubled.
        Signal signal = BinomialComparison.test(7, 10, 0.5);
        assertThat(signal.pValue()).isCloseTo(0.34375, within(1e-12));
        assertThat(signal.direction()).isEqualTo(Direction.HIGH);
        assertThat(signal.expected()).isEqualTo(5.0);
        assertThat(signal.enoughData()).isTrue();
    }

    @Test
    void theOneSidedTestLooksOnlyAbove() {
        // 7 of 10 against 1/2: P(X >= 7) = 176 / 1024; 3 of 10 is no sign of too much: P(X >= 3) = 968 / 1024.
        assertThat(BinomialComparison.testAbove(7, 10, 0.5).pValue()).isCloseTo(176 / 1024.0, within(1e-12));
        assertThat(BinomialComparison.testAbove(3, 10, 0.5).pValue()).isCloseTo(968 / 1024.0, within(1e-12));
        assertThat(BinomialComparison.testAbove(3, 3, 0.05).enoughData()).isFalse();
    }

    @Test
    void aUnitWithThreeCrimesIsNotEnoughDataNotAnAlarm() {
        Signal signal = BinomialComparison.test(3, 3, 0.05);
        assertThat(signal.enoughData()).isFalse();
        assertThat(signal.pValue()).isEqualTo(1.0);
        assertThat(signal.direction()).isEqualTo(Direction.NONE);
    }

    @Test
    void poissonComparisonConditionsOnTheTotal() {
        // 20 against 5 with equal exposure: 2 P(X >= 20), X ~ Bin(25, 1/2) = 2 (53130 + 12650 + 2300 + 300 + 25 + 1) / 2^25.
        Signal signal = PoissonComparison.test(20, 1, 5, 1);
        assertThat(signal.pValue()).isCloseTo(2 * 68_406 / 33_554_432.0, within(1e-12));
        assertThat(signal.direction()).isEqualTo(Direction.HIGH);
        assertThat(signal.expected()).isEqualTo(12.5);
    }

    @Test
    void aMonthLikeTheTwelveBeforeItIsUnremarkable() {
        Signal signal = PoissonComparison.test(100, 1, 1_200, 12);
        assertThat(signal.pValue()).isGreaterThan(0.9);
        assertThat(PoissonComparison.test(60, 1, 1_200, 12).direction()).isEqualTo(Direction.LOW);
        assertThat(PoissonComparison.test(60, 1, 1_200, 12).pValue()).isLessThan(0.001);
    }

    @Test
    void impossibleInputIsRefusedByName() {
        assertThatThrownBy(() -> BinomialComparison.test(11, 10, 0.5)).hasMessageContaining("between 0 and the number of trials");
        assertThatThrownBy(() -> BinomialComparison.test(1, 10, 0)).hasMessageContaining("strictly between 0 and 1");
        assertThatThrownBy(() -> PoissonComparison.test(-1, 1, 3, 1)).hasMessageContaining("cannot be negative");
        assertThatThrownBy(() -> PoissonComparison.test(1, 0, 3, 1)).hasMessageContaining("Exposures must be positive");
    }

    @Test
    void benjaminiHochbergQValues() {
        // Sorted 0.005, 0.01, 0.03, 0.04 (m = 4): 0.02, 0.02, min(0.04, 0.04), 0.04.
        assertThat(FalseDiscovery.qValues(new double[] {0.01, 0.04, 0.03, 0.005}))
                .containsExactly(new double[] {0.02, 0.04, 0.04, 0.02}, within(1e-12));
        assertThat(FalseDiscovery.qValues(new double[] {0.5})).containsExactly(0.5);
        assertThatThrownBy(() -> FalseDiscovery.qValues(new double[] {1.5})).hasMessageContaining("between 0 and 1");
    }

    @Test
    void againstASampledReferenceTheTestIsFishers() {
        // 10 of 20 against 5 of 20: P(X >= 10) for X hypergeometric (40, 15, 20) = 0.0953963 (summed exactly).
        Signal signal = BinomialComparison.testAboveReference(10, 20, 5, 20);
        assertThat(signal.pValue()).isCloseTo(0.09539628616380563, within(1e-9));
        assertThat(signal.direction()).isEqualTo(Direction.HIGH);
        // Less cautious than Fisher would be wrong: treating the 25% as known gives the smaller P(Bin(20, 0.25) >= 10).
        assertThat(BinomialComparison.testAbove(10, 20, 0.25).pValue()).isLessThan(signal.pValue());
        assertThat(BinomialComparison.testAboveReference(3, 3, 50, 1000).enoughData()).isFalse();
        assertThat(BinomialComparison.testAboveReference(30, 300, 0, 1000).enoughData()).isFalse();
    }
}
