package org.crimeledger.statistics;

/**
 * The share of audited crimes that were correctly recorded, with its 95% confidence interval, as
 * crime data integrity inspections publish it (for example Kent 2017: 83.6% plus or minus 1.85 points).
 *
 * <p>The interval is the normal approximation under simple random sampling,
 * {@code 1.96 * sqrt(p(1-p)/a)}; inspection samples are stratified, so this is the method to match the
 * published half-widths from their implied sample sizes (domain reference section 6.5, tagged derived).
 *
 * @param recorded audited crimes that were correctly recorded
 * @param audited audited crimes that should have been recorded
 */
public record RecordingRate(long recorded, long audited) {

    /** The two-sided 95% normal quantile. */
    static final double Z_95 = 1.959963984540054;

    public RecordingRate {
        if (audited <= 0) {
            throw new IllegalArgumentException("A recording rate needs at least one audited crime, got " + audited);
        }
        if (recorded < 0 || recorded > audited) {
            throw new IllegalArgumentException(
                    "Recorded crimes must be between 0 and the " + audited + " audited, got " + recorded);
        }
    }

    public double rate() {
        return (double) recorded / audited;
    }

    /** Half the width of the 95% confidence interval, as a proportion (0.0185 is 1.85 points). */
    public double halfWidth95() {
        double p = rate();
        return Z_95 * Math.sqrt(p * (1 - p) / audited);
    }

    /**
     * Crimes a year that went unrecorded, from the force's recorded crime for the 12 months (excluding
     * fraud): recorded crime scaled up to all reported crime, less what was recorded, {@code R(1-p)/p}.
     * The inspectorate publishes it rounded down, as "over" that figure.
     */
    public double unrecordedPerYear(long recordedCrimeTwelveMonths) {
        if (recorded == 0) {
            throw new IllegalStateException("With nothing recorded in the audit, unrecorded crime cannot be scaled");
        }
        double p = rate();
        return recordedCrimeTwelveMonths * (1 - p) / p;
    }
}
