package org.crimeledger.statistics;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/** The interval shapes the estimators share; see docs/statistics.md for why each is used where it is. */
final class Intervals {

    static final double Z_95 = 1.959963984540054;

    /** Inverting the t distribution is slow, and estimates are made thousands of times in a bootstrap or simulation. */
    private static final java.util.Map<Integer, Double> T_QUANTILES = new java.util.concurrent.ConcurrentHashMap<>();

    private Intervals() {
    }

    /** The 97.5% quantile of Student's t; the normal quantile once the degrees of freedom are large. */
    static double quantile95(int degreesOfFreedom) {
        if (degreesOfFreedom >= 10_000) {
            return Z_95;
        }
        return T_QUANTILES.computeIfAbsent(Math.max(1, degreesOfFreedom),
                df -> new TDistribution(null, df).inverseCumulativeProbability(0.975));
    }

    static double normalQuantile(double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("Confidence must be between 0 and 1, got " + confidence);
        }
        return new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.5 + confidence / 2);
    }

    /**
     * The interval made on the logit scale from a design-based standard error (delta method), so it stays
     * inside 0 to 1 and is asymmetric near 100%, where most forces' rates sit.
     */
    static double[] logit(double rate, double standardError, double quantile) {
        double centre = Math.log(rate / (1 - rate));
        double spread = quantile * standardError / (rate * (1 - rate));
        return new double[] {expit(centre - spread), expit(centre + spread)};
    }

    /**
     * Wilson's score interval for {@code successes} of {@code trials}; used when the sample rate is exactly
     * 0% or 100%, where no variance can be estimated from the sample and the logit is undefined.
     */
    static double[] wilson(double successes, double trials, double quantile) {
        double p = successes / trials;
        double q2 = quantile * quantile;
        double denominator = 1 + q2 / trials;
        double centre = (p + q2 / (2 * trials)) / denominator;
        double spread = quantile * Math.sqrt(p * (1 - p) / trials + q2 / (4 * trials * trials)) / denominator;
        return new double[] {Math.max(0, centre - spread), Math.min(1, centre + spread)};
    }

    private static double expit(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
