package org.crimeledger.statistics;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.random.Well19937c;

/**
 * Finds the single most likely shift in the level of a monthly count series (recorded crimes, cancellations)
 * and says how surprising it would be with no shift at all. The statistic is the Poisson likelihood ratio of
 * "one level before month k, another from k on" against "one level throughout", maximised over k with at
 * least {@link #MINIMUM_SEGMENT} months either side; its p-value comes from simulating series with no shift
 * (the pooled rate and the same exposures), so it allows for having searched every k. The simulation stops
 * early once {@link #ENOUGH_EXCEEDANCES} simulated series beat the observed one (Besag and Clifford's
 * sequential Monte Carlo p-value, {@code h / l}): an unremarkable series is settled in a few dozen draws,
 * and only small p-values get the full {@link #SIMULATIONS}; beyond them a Bonferroni bound takes over (see
 * {@link #bonferroni}). Seeded: the same series and seed give the same
 * answer.
 */
public final class ChangePoint {

    public static final int MINIMUM_SEGMENT = 3;
    public static final int MINIMUM_TOTAL = 10;
    public static final int SIMULATIONS = 1_999;
    public static final int ENOUGH_EXCEEDANCES = 10;

    /**
     * The shift found.
     *
     * @param index the first month (0-based) of the new level, or -1 when there is not enough data
     * @param rateBefore the level before, per unit of exposure
     * @param rateAfter the level from {@code index} on
     * @param signal the test of "no shift", with the counts from {@code index} on as observed and their
     *        expectation at the pooled rate as expected
     */
    public record Shift(int index, double rateBefore, double rateAfter, Signal signal) {
    }

    private ChangePoint() {
    }

    /** With every month's exposure 1. */
    public static Shift find(long[] counts, long seed) {
        double[] exposures = new double[counts.length];
        java.util.Arrays.fill(exposures, 1);
        return find(counts, exposures, seed);
    }

    public static Shift find(long[] counts, double[] exposures, long seed) {
        if (counts.length != exposures.length) {
            throw new IllegalArgumentException("One exposure a month: " + counts.length + " counts, " + exposures.length
                    + " exposures");
        }
        long total = 0;
        double exposure = 0;
        for (int t = 0; t < counts.length; t++) {
            if (counts[t] < 0 || !(exposures[t] > 0)) {
                throw new IllegalArgumentException("Month " + t + " has a negative count or no exposure");
            }
            total += counts[t];
            exposure += exposures[t];
        }
        String method = "Poisson likelihood-ratio scan for one change in level, p-value from " + SIMULATIONS
                + " simulated series without a change";
        if (counts.length < 2 * MINIMUM_SEGMENT || total < MINIMUM_TOTAL) {
            return new Shift(-1, Double.NaN, Double.NaN, Signal.notEnoughData(total, total, method));
        }
        Scan observed = scan(counts, exposures);
        double pooledRate = total / exposure;
        RandomGenerator random = new Well19937c(seed);
        long[] simulated = new long[counts.length];
        int asExtreme = 0;
        double pValue = -1;
        for (int s = 0; s < SIMULATIONS && pValue < 0; s++) {
            for (int t = 0; t < counts.length; t++) {
                simulated[t] = PoissonDraws.draw(random, pooledRate * exposures[t]);
            }
            if (scan(simulated, exposures).statistic >= observed.statistic - 1e-9) {
                asExtreme++;
                if (asExtreme == ENOUGH_EXCEEDANCES) {
                    pValue = (double) ENOUGH_EXCEEDANCES / (s + 1);
                }
            }
        }
        if (pValue < 0) {
            pValue = asExtreme == 0 ? Math.min(1.0 / (SIMULATIONS + 1.0), bonferroni(observed.statistic, counts.length))
                    : (asExtreme + 1.0) / (SIMULATIONS + 1.0);
        }
        long after = 0;
        double afterExposure = 0;
        for (int t = observed.index; t < counts.length; t++) {
            after += counts[t];
            afterExposure += exposures[t];
        }
        double rateBefore = (total - after) / (exposure - afterExposure);
        double rateAfter = after / afterExposure;
        Signal signal = Signal.of(after, pooledRate * afterExposure, pValue, method);
        return new Shift(observed.index, rateBefore, rateAfter, signal);
    }

    /**
     * Beyond the simulation's resolution (no simulated series as extreme): the Bonferroni bound over the candidate
     * months of the likelihood-ratio statistic's chi-square (1 degree of freedom) tail, a valid but cautious p-value
     * for the maximum. Used only below {@code 1 / (SIMULATIONS + 1)}, so a p-value of at least that is the
     * simulation's alone; without it a clear shift could never pass a false-discovery control over several
     * hundred tests, where the threshold for the strongest test falls below {@code 1 / 2,000}.
     */
    private static double bonferroni(double statistic, int months) {
        int candidates = months - 2 * MINIMUM_SEGMENT + 1;
        double chiSquaredOneTail = statistic <= 0 ? 1 : Erf.erfc(Math.sqrt(statistic / 2));
        return Math.min(1, candidates * chiSquaredOneTail);
    }

    private record Scan(int index, double statistic) {
    }

    private static Scan scan(long[] counts, double[] exposures) {
        int n = counts.length;
        long total = 0;
        double exposure = 0;
        for (int t = 0; t < n; t++) {
            total += counts[t];
            exposure += exposures[t];
        }
        double whole = logLikelihood(total, exposure);
        long before = 0;
        double beforeExposure = 0;
        int bestIndex = -1;
        double best = Double.NEGATIVE_INFINITY;
        for (int k = 1; k < n; k++) {
            before += counts[k - 1];
            beforeExposure += exposures[k - 1];
            if (k < MINIMUM_SEGMENT || n - k < MINIMUM_SEGMENT) {
                continue;
            }
            double split = logLikelihood(before, beforeExposure) + logLikelihood(total - before, exposure - beforeExposure);
            double statistic = 2 * (split - whole);
            if (statistic > best) {
                best = statistic;
                bestIndex = k;
            }
        }
        return new Scan(bestIndex, best);
    }

    /** The maximised Poisson log-likelihood of a segment, less the terms that cancel in the ratio. */
    private static double logLikelihood(long count, double exposure) {
        return count == 0 ? 0 : count * Math.log(count / exposure) - count;
    }
}
