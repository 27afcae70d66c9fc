package org.crimeledger.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

/**
 * The detectors of the rape-report, outcome and charge indicators, run exactly as the application runs them
 * ({@link IndicatorTests#run}: every test of every unit of all six indicators, false discoveries controlled across all
 * of them together), on simulated forces of twelve teams with known truth. Each gaming behaviour is injected into
 * team T00 alone at a stated effect size; the indicator must alert on T00 in at least 90% of seeds, and a clean
 * force may raise an alert of any kind in no more than 5% of seeds. The rates are printed and kept in
 * docs/statistics.md.
 *
 * <p>The clean force, per team and month: 25 reports of rape decided, 20% kept as N100; 300 outcomes applied, 2%
 * taken into consideration in bulk, 10% easy (penalty notices, cannabis warnings); 20 outcomes of indictable-only
 * offences, 5% of them out of court; 60 charges for serious crime (Poisson); 40 outcomes of domestic abuse, 25% of them
 * "victim does not support" (14 or 16).
 */
class OutcomeGamingValidationTests {

    private static final int TEAMS = 12;
    /** 100 seeds in the build; {@code -Dintegrity.validation.seeds=1000} for the figures in docs/statistics.md. */
    private static final int SEEDS = Integer.getInteger("integrity.validation.seeds", 100);
    private static final YearMonth AS_OF = YearMonth.of(2026, 10);

    enum Gaming {
        NONE(null, "no gaming"),
        /** 34% of rape reports kept as N100 all year, against 20% (1.7 times). */
        N100(Indicator.N100_KEPT, "rape reports kept as N100 at 34% against 20% for a year"),
        /** Bulk TICs 3.4% of outcomes all year, against 2% (1.7 times). */
        STITCHING(Indicator.STITCHED_TICS, "offences taken into consideration in bulk at 3.4% of outcomes against 2% for a year"),
        /** Out-of-court disposals for 15% of indictable-only outcomes all year, against 5%. */
        OUT_OF_COURT(Indicator.OUT_OF_COURT_SERIOUS, "out-of-court disposals for 15% of indictable-only outcomes against 5% for a year"),
        /** Easy outcomes drifting from 10% to 16% over the last twelve months, one step a month (13% on average). */
        EASY_DRIFT(Indicator.EASY_OUTCOMES, "easy outcomes drifting from 10% to 16% over the last twelve months"),
        /** Charges for serious crime 30% lower from month 17 of 24 onwards. */
        CHARGES_FALL(Indicator.SERIOUS_CHARGES, "charges for serious crime 30% lower from month 17 of 24"),
        /** Domestic abuse closed as "victim does not support" at 37.5% of its outcomes all year, against 25% (1.5 times). */
        VICTIM_DOES_NOT_SUPPORT(Indicator.VICTIM_DOES_NOT_SUPPORT,
                "domestic abuse closed as \"victim does not support\" at 37.5% of its outcomes against 25% for a year");

        final Indicator indicator;
        final String description;

        Gaming(Indicator indicator, String description) {
            this.indicator = indicator;
            this.description = description;
        }
    }

    @Test
    void eachOutcomeDetectorFindsItsGamingAndTheCleanForceStaysQuiet() {
        Map<Gaming, Double> rates = new EnumMap<>(Gaming.class);
        for (Gaming gaming : Gaming.values()) {
            rates.put(gaming, rate(gaming));
        }
        for (Gaming gaming : Gaming.values()) {
            System.out.printf("%s over %d seeds, %d teams, FDR 5%%: %s %.3f%n", gaming == Gaming.NONE ? "false alarms"
                    : "detection", gaming == Gaming.NONE ? 3 * SEEDS : SEEDS, TEAMS, gaming.description, rates.get(gaming));
        }
        for (Gaming gaming : Gaming.values()) {
            if (gaming == Gaming.NONE) {
                assertThat(rates.get(gaming)).as("clean force alerted").isLessThanOrEqualTo(0.05);
            } else {
                assertThat(rates.get(gaming)).as(gaming.description).isGreaterThanOrEqualTo(0.90);
            }
        }
    }

    /**
     * Share of seeds with an alert on team T00's gamed indicator; with no gaming, with any alert at all, over three
     * times the seeds: a rate near 4% cannot be told from one above 5% in 100 seeds (the first 100 give 6), and clean
     * seeds are the cheap ones (their change points settle in a few dozen simulations).
     */
    private static double rate(Gaming gaming) {
        int hits = 0;
        int seeds = gaming == Gaming.NONE ? 3 * SEEDS : SEEDS;
        for (int seed = 0; seed < seeds; seed++) {
            RandomGenerator random = new Well19937c(7_000L * (gaming.ordinal() + 1) + seed);
            Map<Indicator, List<UnitMonth>> counts = force(random, gaming);
            IntegrityReport report = IndicatorTests.run(AS_OF, indicator -> counts.getOrDefault(indicator, List.of()));
            boolean hit = gaming == Gaming.NONE ? !report.alerts().isEmpty()
                    : report.indicator(gaming.indicator).alerts().stream().anyMatch(alert -> alert.unit().equals("T00"));
            hits += hit ? 1 : 0;

        }
        return (double) hits / seeds;
    }

    private static Map<Indicator, List<UnitMonth>> force(RandomGenerator random, Gaming gaming) {
        Map<Indicator, List<UnitMonth>> counts = new EnumMap<>(Indicator.class);
        YearMonth first = IndicatorTests.firstMonth(AS_OF);
        for (int t = 0; t < TEAMS; t++) {
            String team = String.format("T%02d", t);
            Gaming own = t == 0 ? gaming : Gaming.NONE;
            for (int m = 0; m < IndicatorTests.SERIES; m++) {
                YearMonth month = first.plusMonths(m);
                boolean lastYear = m >= IndicatorTests.SERIES - IndicatorTests.YEAR;
                add(counts, Indicator.N100_KEPT, team, month, 25, own == Gaming.N100 && lastYear ? 0.34 : 0.20, random);
                add(counts, Indicator.STITCHED_TICS, team, month, 300, own == Gaming.STITCHING && lastYear ? 0.034 : 0.02,
                        random);
                add(counts, Indicator.OUT_OF_COURT_SERIOUS, team, month, 20,
                        own == Gaming.OUT_OF_COURT && lastYear ? 0.15 : 0.05, random);
                double easy = own == Gaming.EASY_DRIFT && lastYear
                        ? 0.10 + 0.06 * (m - (IndicatorTests.SERIES - IndicatorTests.YEAR) + 1) / IndicatorTests.YEAR : 0.10;
                add(counts, Indicator.EASY_OUTCOMES, team, month, 300, easy, random);
                long charges = new PoissonDistribution(random, own == Gaming.CHARGES_FALL && m >= 16 ? 42 : 60,
                        PoissonDistribution.DEFAULT_EPSILON, PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample();
                counts.computeIfAbsent(Indicator.SERIOUS_CHARGES, i -> new ArrayList<>())
                        .add(new UnitMonth(team, month, charges, charges));
                add(counts, Indicator.VICTIM_DOES_NOT_SUPPORT, team, month, 40,
                        own == Gaming.VICTIM_DOES_NOT_SUPPORT && lastYear ? 0.375 : 0.25, random);
            }
        }
        return counts;
    }

    private static void add(Map<Indicator, List<UnitMonth>> counts, Indicator indicator, String team, YearMonth month,
            int trials, double p, RandomGenerator random) {
        long events = new BinomialDistribution(random, trials, p).sample();
        counts.computeIfAbsent(indicator, i -> new ArrayList<>()).add(new UnitMonth(team, month, events, trials));
    }
}
