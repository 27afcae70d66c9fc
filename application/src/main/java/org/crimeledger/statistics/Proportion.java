package org.crimeledger.statistics;

/**
 * A share of cases that met a standard, such as victims referred to support within two working days,
 * with its 95% Wilson score interval. Wilson's interval stays inside 0 to 1 and keeps its coverage for
 * small counts and rates near 0 or 1, where the normal approximation of {@link RecordingRate} does not.
 *
 * @param met cases that met it
 * @param cases cases counted (may be 0: then there is no rate, and {@link #rate()} is NaN)
 */
public record Proportion(long met, long cases) {

    public Proportion {
        if (cases < 0 || met < 0 || met > cases) {
            throw new IllegalArgumentException("Met cases must be between 0 and the " + cases + " cases, got " + met);
        }
    }

    public boolean hasRate() {
        return cases > 0;
    }

    public double rate() {
        return cases == 0 ? Double.NaN : (double) met / cases;
    }

    /** The 95% Wilson score interval; both ends NaN when there are no cases. */
    public Interval wilson95() {
        return wilson(RecordingRate.Z_95);
    }

    Interval wilson(double z) {
        if (cases == 0) {
            return new Interval(Double.NaN, Double.NaN);
        }
        double n = cases;
        double p = rate();
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /**
     * How this rate moved from an earlier one: the difference and its 95% interval by Newcombe's hybrid
     * score method (1998, method 10), built from the two Wilson intervals. Null when either has no cases.
     */
    public Change changeSince(Proportion earlier) {
        if (!hasRate() || !earlier.hasRate()) {
            return null;
        }
        double p1 = rate();
        double p0 = earlier.rate();
        Interval i1 = wilson95();
        Interval i0 = earlier.wilson95();
        double difference = p1 - p0;
        double lower = difference - Math.sqrt(square(p1 - i1.lower()) + square(i0.upper() - p0));
        double upper = difference + Math.sqrt(square(i1.upper() - p1) + square(p0 - i0.lower()));
        return new Change(difference, new Interval(lower, upper));
    }

    private static double square(double x) {
        return x * x;
    }

    /** A difference between two rates with its interval; {@link #clear()} when the interval excludes no change. */
    public record Change(double difference, Interval interval) {

        public boolean clear() {
            return interval.lower() > 0 || interval.upper() < 0;
        }
    }
}
