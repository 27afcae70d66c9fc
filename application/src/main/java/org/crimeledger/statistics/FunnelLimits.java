package org.crimeledger.statistics;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.IntegerDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;

/**
 * The control limits of a funnel plot (Spiegelhalter, "Funnel plots for comparing institutional
 * performance", Statistics in Medicine 2005): for each unit size, the range a unit's proportion (or its
 * observed-over-expected ratio) stays within by chance alone with 95% or 99.8% probability. Limits come from
 * the exact binomial or Poisson quantiles, interpolated between integers so the funnel is smooth.
 */
public final class FunnelLimits {

    /** The two limits drawn on every funnel: about two and three standard errors. */
    public static final double WARNING = 0.95;
    public static final double ALARM = 0.998;

    /** A lower and an upper limit on the plotted quantity. */
    public record Limits(double lower, double upper) {
        public boolean contains(double value) {
            return value >= lower && value <= upper;
        }
    }

    private FunnelLimits() {
    }

    /** Limits on a proportion for a unit with {@code trials} opportunities when the true proportion is {@code target}. */
    public static Limits proportion(double target, long trials, double coverage) {
        check(coverage);
        if (!(target > 0 && target < 1) || trials < 1 || trials > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Needs a target strictly between 0 and 1 and at least one trial, got "
                    + target + " and " + trials);
        }
        BinomialDistribution distribution = new BinomialDistribution(null, (int) trials, target);
        double tail = (1 - coverage) / 2;
        return new Limits(Math.max(0, quantile(distribution, tail) / trials),
                Math.min(1, quantile(distribution, 1 - tail) / trials));
    }

    /** Limits on observed / expected for a count whose expected value is {@code expected} (Poisson). */
    public static Limits ratio(double expected, double coverage) {
        check(coverage);
        if (!(expected > 0)) {
            throw new IllegalArgumentException("The expected count must be positive, got " + expected);
        }
        PoissonDistribution distribution = new PoissonDistribution(null, expected, PoissonDistribution.DEFAULT_EPSILON,
                PoissonDistribution.DEFAULT_MAX_ITERATIONS);
        double tail = (1 - coverage) / 2;
        return new Limits(Math.max(0, quantile(distribution, tail) / expected), quantile(distribution, 1 - tail) / expected);
    }

    /** The interpolated quantile: {@code r - (F(r) - p) / (F(r) - F(r - 1))} for the smallest r with F(r) >= p. */
    private static double quantile(IntegerDistribution distribution, double p) {
        int r = distribution.inverseCumulativeProbability(p);
        double atR = distribution.cumulativeProbability(r);
        double belowR = r == 0 ? 0 : distribution.cumulativeProbability(r - 1);
        double step = atR - belowR;
        return step <= 0 ? r : r - (atR - p) / step;
    }

    private static void check(double coverage) {
        if (!(coverage > 0 && coverage < 1)) {
            throw new IllegalArgumentException("Coverage lies strictly between 0 and 1, got " + coverage);
        }
    }
}
