package org.crimeledger.statistics;

/**
 * An estimated rate (crimes recorded over crimes that should have been, or any judged proportion) with its
 * 95% confidence interval and the figures a reader needs to check it.
 *
 * @param rate the point estimate, 0 to 1
 * @param lower lower end of the 95% interval
 * @param upper upper end of the 95% interval
 * @param audited crimes (or items) in the sample that should have been recorded
 * @param recorded of those, recorded correctly
 * @param incidents sampled incidents (clusters) reviewed
 * @param standardError the design-based standard error of the rate
 * @param designEffect variance relative to a simple random sample of the same number of crimes
 * @param method how the interval was made, in words
 */
public record RateEstimate(double rate, double lower, double upper, long audited, long recorded, int incidents,
                           double standardError, double designEffect, String method) {

    /** Half the interval's width (the "plus or minus" an inspection publishes), as a proportion. */
    public double halfWidth() {
        return (upper - lower) / 2;
    }

    public boolean covers(double value) {
        return lower <= value && value <= upper;
    }

    public String asPercentages() {
        return String.format(java.util.Locale.UK, "%.1f%% (95%% CI %.1f%% to %.1f%%)", rate * 100, lower * 100, upper * 100);
    }
}
