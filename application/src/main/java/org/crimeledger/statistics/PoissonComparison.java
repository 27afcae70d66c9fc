package org.crimeledger.statistics;

import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * Whether a unit's count differs from a reference count once their exposures are allowed for: a team's
 * crimes this month against its own previous twelve months (longitudinal), or against comparable teams
 * with their incidents as exposure (cross-sectional) — the Poisson-difference test of the FBI's published
 * data-quality method. Given both counts are Poisson with rates proportional to exposure, the unit's count
 * given the total is binomial with probability {@code exposure / (exposure + referenceExposure)}; the test
 * is exact and needs no estimate of the rate.
 */
public final class PoissonComparison {

    /** With fewer events than this in unit and reference together, the test reports "not enough data". */
    public static final long MINIMUM_TOTAL = 10;

    private PoissonComparison() {
    }

    /**
     * @param count the unit's count in the period tested
     * @param exposure the unit's exposure (1 for one month; incidents handled; population)
     * @param referenceCount the reference count (the unit's earlier months, or its peers)
     * @param referenceExposure the reference's exposure in the same units (12 for twelve months)
     */
    public static Signal test(long count, double exposure, long referenceCount, double referenceExposure) {
        if (count < 0 || referenceCount < 0) {
            throw new IllegalArgumentException("Counts cannot be negative, got " + count + " and " + referenceCount);
        }
        if (!(exposure > 0 && referenceExposure > 0)) {
            throw new IllegalArgumentException("Exposures must be positive, got " + exposure + " and " + referenceExposure);
        }
        long total = count + referenceCount;
        double share = exposure / (exposure + referenceExposure);
        double expected = total * share;
        String method = "conditional exact test of two Poisson counts (unit's share of the total against its exposure)";
        if (total < MINIMUM_TOTAL || total > Integer.MAX_VALUE) {
            return Signal.notEnoughData(count, expected, method);
        }
        BinomialDistribution distribution = new BinomialDistribution(null, (int) total, share);
        double lower = distribution.cumulativeProbability((int) count);
        double upper = count == 0 ? 1 : 1 - distribution.cumulativeProbability((int) count - 1);
        return Signal.of(count, expected, 2 * Math.min(lower, upper), method);
    }
}
