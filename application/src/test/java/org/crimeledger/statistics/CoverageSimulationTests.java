package org.crimeledger.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;

import org.junit.jupiter.api.Test;

/**
 * The estimators against known truth: finite populations are built, sampled 1,000 times each by the same
 * seeded sampler the audit uses, and the share of 95% intervals that cover the population's true rate is
 * measured and printed. Coverage must be 93-97% and the estimates unbiased within three Monte Carlo
 * standard errors. Incidents are clusters of 0-3 crimes in the clustered designs.
 */
class CoverageSimulationTests {

    private static final int REPLICATIONS = 1_000;
    private static final int POPULATION = 10_000;

    @Test
    void simpleRandomSamplesOfCrimes() {
        check("simple", 100, 0.60, seed -> SimulatedPopulation.simple(POPULATION, 0.60, seed, "all"));
        check("simple", 400, 0.80, seed -> SimulatedPopulation.simple(POPULATION, 0.80, seed, "all"));
        check("simple", 1_000, 0.90, seed -> SimulatedPopulation.simple(POPULATION, 0.90, seed, "all"));
        check("simple", 3_000, 0.99, seed -> SimulatedPopulation.simple(POPULATION, 0.99, seed, "all"));
    }

    @Test
    void clusteredSamplesOfIncidents() {
        check("clustered", 100, 0.60, seed -> SimulatedPopulation.clustered(POPULATION, 0.60, seed, "all"));
        check("clustered", 500, 0.85, seed -> SimulatedPopulation.clustered(POPULATION, 0.85, seed, "all"));
        check("clustered", 1_500, 0.95, seed -> SimulatedPopulation.clustered(POPULATION, 0.95, seed, "all"));
        check("clustered", 3_000, 0.99, seed -> SimulatedPopulation.clustered(POPULATION, 0.99, seed, "all"));
    }

    @Test
    void stratifiedClusteredSamplesWithDisproportionateAllocation() {
        SimulatedPopulation violence = SimulatedPopulation.clustered(3_000, 0.78, 61, "violence");
        SimulatedPopulation other = SimulatedPopulation.clustered(7_000, 0.92, 62, "other");
        double truth = combinedTruth(violence, other);
        Map<String, Long> sizes = Map.of("violence", 3_000L, "other", 7_000L);
        Simulated result = replicate(truth, rep -> {
            List<ReviewedIncident> sample = new ArrayList<>(violence.sample(300, rep));
            sample.addAll(other.sample(300, rep + 7_919));
            return RatioEstimator.estimate(sample, sizes);
        });
        report("stratified", 600, truth, result);
        assertWithinTolerance(result, truth);
    }

    @Test
    void bootstrapOverIncidents() {
        SimulatedPopulation population = SimulatedPopulation.clustered(POPULATION, 0.85, 71, "all");
        double truth = population.trueRate();
        Map<String, Long> sizes = Map.of("all", (long) POPULATION);
        Simulated result = replicate(truth,
                rep -> IncidentBootstrap.estimate(population.sample(300, rep), sizes, 400, rep * 31 + 5));
        report("bootstrap", 300, truth, result);
        assertWithinTolerance(result, truth);
    }

    @Test
    void smallSampleNearAHundredPercentStaysCloseToNominal() {
        // 100 crimes at 99%: one unrecorded crime expected, so the sample is often 100%. Here the binomial's
        // discreteness moves every interval's coverage in steps; the logit interval's exact coverage at this point
        // is about 92-93% (docs/statistics.md), so this corner is held to 91% rather than 93%.
        SimulatedPopulation population = SimulatedPopulation.simple(POPULATION, 0.99, 81, "all");
        double truth = population.trueRate();
        Simulated result = replicate(truth,
                rep -> RatioEstimator.estimate(population.sample(100, rep), POPULATION));
        report("simple, edge", 100, truth, result);
        assertThat(result.coverage()).isGreaterThanOrEqualTo(0.91);
    }

    private void check(String design, int n, double rate, LongFunction<SimulatedPopulation> build) {
        SimulatedPopulation population = build.apply((long) (rate * 1_000) + n);
        double truth = population.trueRate();
        Simulated result = replicate(truth, rep -> RatioEstimator.estimate(population.sample(n, rep), POPULATION));
        report(design, n, truth, result);
        assertWithinTolerance(result, truth);
    }

    private static Simulated replicate(double truth, LongFunction<RateEstimate> estimate) {
        int covered = 0;
        double sum = 0;
        double sumOfSquares = 0;
        double width = 0;
        for (long rep = 1; rep <= REPLICATIONS; rep++) {
            RateEstimate e = estimate.apply(rep * 1_000_003L);
            covered += e.covers(truth) ? 1 : 0;
            sum += e.rate();
            sumOfSquares += e.rate() * e.rate();
            width += e.halfWidth();
        }
        double mean = sum / REPLICATIONS;
        double sd = Math.sqrt((sumOfSquares - REPLICATIONS * mean * mean) / (REPLICATIONS - 1));
        return new Simulated((double) covered / REPLICATIONS, mean, sd / Math.sqrt(REPLICATIONS), width / REPLICATIONS);
    }

    private static void assertWithinTolerance(Simulated result, double truth) {
        assertThat(result.coverage()).as("coverage").isBetween(0.93, 0.97);
        assertThat(Math.abs(result.mean() - truth)).as("bias").isLessThanOrEqualTo(3 * result.monteCarloError());
    }

    private static void report(String design, int n, double truth, Simulated result) {
        System.out.printf(Locale.UK, "coverage %-13s n=%5d true rate %.4f: covered %.1f%% of %d, mean estimate %.4f "
                        + "(bias %+.5f, Monte Carlo s.e. %.5f), mean half-width %.2f points%n", design, n, truth,
                result.coverage() * 100, REPLICATIONS, result.mean(), result.mean() - truth, result.monteCarloError(),
                result.halfWidth() * 100);
    }

    private static double combinedTruth(SimulatedPopulation... strata) {
        long s = 0;
        long r = 0;
        for (SimulatedPopulation p : strata) {
            for (int i = 0; i < p.size(); i++) {
                s += p.should()[i];
                r += p.recorded()[i];
            }
        }
        return (double) r / s;
    }

    private record Simulated(double coverage, double mean, double monteCarloError, double halfWidth) {
    }
}
