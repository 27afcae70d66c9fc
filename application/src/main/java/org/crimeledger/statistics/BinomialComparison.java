package org.crimeledger.statistics;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.HypergeometricDistribution;

/**
 * Whether a unit's proportion (downgrades among its crimes, cancellations among its records) differs from a
 * reference proportion (the force's, or its comparable peers'): the exact two-sided binomial test, doubling
 * the smaller tail. This is the test a funnel plot draws: a unit outside the 95% or 99.8% limits of
 * {@link FunnelLimits} has a p-value below 0.05 or 0.002.
 */
public final class BinomialComparison {

    /** Fewer trials than this, or fewer expected events either way than {@link #MINIMUM_EXPECTED}, is "not enough data". */
    public static final int MINIMUM_TRIALS = 10;
    public static final double MINIMUM_EXPECTED = 1;

    private BinomialComparison() {
    }

    /**
     * @param events the unit's events (e.g. downgraded crimes)
     * @param trials the unit's opportunities (e.g. crimes recorded)
     * @param referenceProportion the proportion expected, strictly between 0 and 1
     */
    public static Signal test(long events, long trials, double referenceProportion) {
        if (events < 0 || trials < 0 || events > trials) {
            throw new IllegalArgumentException("Events must be between 0 and the number of trials, got " + events
                    + " of " + trials);
        }
        if (!(referenceProportion > 0 && referenceProportion < 1)) {
            throw new IllegalArgumentException("A reference proportion lies strictly between 0 and 1, got "
                    + referenceProportion);
        }
        double expected = trials * referenceProportion;
        String method = "exact binomial test against a proportion of " + percent(referenceProportion);
        if (trials < MINIMUM_TRIALS || expected < MINIMUM_EXPECTED || trials - expected < MINIMUM_EXPECTED) {
            return Signal.notEnoughData(events, expected, method);
        }
        BinomialDistribution distribution = new BinomialDistribution(null, (int) trials, referenceProportion);
        double lower = distribution.cumulativeProbability((int) events);
        double upper = events == 0 ? 1 : 1 - distribution.cumulativeProbability((int) events - 1);
        return Signal.of(events, expected, 2 * Math.min(lower, upper), method);
    }

    /**
     * The one-sided test for a proportion above the reference, {@code P(X >= events)}: for a signature that
     * only shows one way (a team that downgrades unusually little is no sign of gaming), which also keeps a
     * gamed team, by inflating its peers' pooled proportion, from making its honest peers look low.
     */
    public static Signal testAbove(long events, long trials, double referenceProportion) {
        Signal twoSided = test(events, trials, referenceProportion);
        if (!twoSided.enoughData()) {
            return twoSided;
        }
        BinomialDistribution distribution = new BinomialDistribution(null, (int) trials, referenceProportion);
        double upper = events == 0 ? 1 : 1 - distribution.cumulativeProbability((int) events - 1);
        return Signal.of(events, twoSided.expected(), upper, "one-sided exact binomial test (above) against a proportion of "
                + percent(referenceProportion));
    }

    /**
     * The one-sided test for a proportion above another unit's (or the pooled other units', or the unit's own
     * earlier) observed proportion: Fisher's exact test, {@code P(X >= events)} for X hypergeometric given both
     * samples' totals. Unlike {@link #testAbove}, it allows for the reference being itself a sample: testing against
     * the reference's proportion as if it were known understates the variance by {@code trials / referenceTrials}
     * (a twelfth against a team's own year, an eleventh against eleven peers), enough to raise false alarms above
     * the rate the false-discovery control promises. Not enough data on the same terms as {@link #test}, at the
     * pooled proportion.
     */
    public static Signal testAboveReference(long events, long trials, long referenceEvents, long referenceTrials) {
        if (events < 0 || trials < 0 || events > trials || referenceEvents < 0 || referenceEvents > referenceTrials) {
            throw new IllegalArgumentException("Events must be between 0 and the number of trials, got " + events
                    + " of " + trials + " and " + referenceEvents + " of " + referenceTrials);
        }
        double reference = referenceTrials == 0 ? Double.NaN : (double) referenceEvents / referenceTrials;
        String method = "one-sided Fisher exact test (above) against " + referenceEvents + " of " + referenceTrials;
        long allTrials = trials + referenceTrials;
        long allEvents = events + referenceEvents;
        double expected = allTrials == 0 ? 0 : trials * (double) allEvents / allTrials;
        if (!(reference > 0 && reference < 1) || trials < MINIMUM_TRIALS || expected < MINIMUM_EXPECTED
                || trials - expected < MINIMUM_EXPECTED || allTrials > Integer.MAX_VALUE) {
            return Signal.notEnoughData(events, expected, method);
        }
        double upper = new HypergeometricDistribution(null, (int) allTrials, (int) allEvents, (int) trials)
                .upperCumulativeProbability((int) events);
        return Signal.of(events, expected, Math.min(1, upper), method);
    }

    static String percent(double proportion) {
        return String.format(java.util.Locale.UK, "%.1f%%", 100 * proportion);
    }
}
