package org.crimeledger.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The Wilson interval and Newcombe's difference, against published values and against simulation. */
class ProportionTests {

    @Test
    void wilsonIntervalMatchesNewcombesWorkedExamples() {
        // Newcombe (1998), Statistics in Medicine 17:857-872, Table I: 81/263 gives 0.2553 to 0.3662.
        Interval interval = new Proportion(81, 263).wilson95();
        assertThat(interval.lower()).isCloseTo(0.2553, within(0.0001));
        assertThat(interval.upper()).isCloseTo(0.3662, within(0.0001));
        // 0/10 gives 0 to 0.2775: the interval does not collapse at the edge as the normal one does.
        Interval none = new Proportion(0, 10).wilson95();
        assertThat(none.lower()).isZero();
        assertThat(none.upper()).isCloseTo(0.2775, within(0.0001));
    }

    @Test
    void changeBetweenTwoRatesMatchesNewcombesHybridScoreExample() {
        // Newcombe (1998), Statistics in Medicine 17:873-890, example (a): 56/70 against 48/80,
        // difference 0.2000 with interval 0.0524 to 0.3339 by method 10.
        Proportion.Change change = new Proportion(56, 70).changeSince(new Proportion(48, 80));
        assertThat(change.difference()).isCloseTo(0.2000, within(0.0001));
        assertThat(change.interval().lower()).isCloseTo(0.0524, within(0.0001));
        assertThat(change.interval().upper()).isCloseTo(0.3339, within(0.0001));
        assertThat(change.clear()).isTrue();
        assertThat(new Proportion(50, 100).changeSince(new Proportion(48, 100)).clear()).isFalse();
    }

    @Test
    void aboutNinetyFivePerCentOfSimulatedIntervalsCoverTheTrueRate() {
        Random random = new Random(20261127L);
        double truth = 0.9;
        int trials = 4000;
        int covered = 0;
        for (int t = 0; t < trials; t++) {
            int met = 0;
            for (int i = 0; i < 60; i++) {
                met += random.nextDouble() < truth ? 1 : 0;
            }
            covered += new Proportion(met, 60).wilson95().contains(truth) ? 1 : 0;
        }
        // Wilson's coverage at n = 60, p = 0.9 is close to nominal; the band allows for simulation error.
        assertThat(covered / (double) trials).isBetween(0.93, 0.975);
    }

    @Test
    void noCasesMeansNoRateRatherThanZero() {
        Proportion empty = new Proportion(0, 0);
        assertThat(empty.hasRate()).isFalse();
        assertThat(empty.rate()).isNaN();
        assertThat(empty.changeSince(new Proportion(1, 2))).isNull();
        assertThatThrownBy(() -> new Proportion(3, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
