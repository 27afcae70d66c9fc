package org.crimeledger.statistics;

/**
 * Crimes a year that went unrecorded: the force's recorded crime excluding fraud for the 12 months to the
 * end of the audit period, R, scaled up to all reported crime, R/p, less R: {@code U = R(1-p)/p}.
 * U falls as p rises, so the interval is the formula at the rate interval's ends, swapped.
 *
 * @param estimate the point estimate
 * @param lower from the upper end of the rate's interval
 * @param upper from the lower end of the rate's interval; infinite when that end is 0%
 * @param recordedCrimeTwelveMonths R
 */
public record UnrecordedCrimes(double estimate, double lower, double upper, long recordedCrimeTwelveMonths) {

    public static UnrecordedCrimes from(RateEstimate rate, long recordedCrimeTwelveMonths) {
        if (recordedCrimeTwelveMonths < 0) {
            throw new IllegalArgumentException("Recorded crime for the 12 months cannot be negative, got "
                    + recordedCrimeTwelveMonths);
        }
        if (rate.rate() == 0) {
            throw new IllegalArgumentException(
                    "With no audited crime recorded the rate is 0% and unrecorded crime cannot be scaled from it");
        }
        return new UnrecordedCrimes(scale(recordedCrimeTwelveMonths, rate.rate()),
                scale(recordedCrimeTwelveMonths, rate.upper()), scale(recordedCrimeTwelveMonths, rate.lower()),
                recordedCrimeTwelveMonths);
    }

    static double scale(long recorded, double rate) {
        return rate <= 0 ? Double.POSITIVE_INFINITY : recorded * (1 - rate) / rate;
    }

    /** As the inspectorate publishes it: rounded down to the hundred and read "over". */
    public long publishedAsOver() {
        return (long) Math.floor(estimate / 100) * 100;
    }
}
