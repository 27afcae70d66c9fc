package org.crimeledger.statistics;

/**
 * What one statistical test says about one unit: what was observed, what the comparison expected, the
 * two-sided p-value, and which way it points. A test with too little data says so rather than guessing:
 * {@link #enoughData()} is false, the p-value is 1 and the direction {@link Direction#NONE}.
 *
 * @param observed the unit's count (or the count behind its proportion)
 * @param expected what the comparison leads one to expect for the unit
 * @param pValue the two-sided p-value of a difference at least this large by chance alone
 * @param method one line naming the test, for the reader of an alert
 */
public record Signal(double observed, double expected, double pValue, Direction direction, boolean enoughData,
        String method) {

    /** Which way the unit differs from what was expected. */
    public enum Direction {
        HIGH, LOW, NONE
    }

    public Signal {
        if (!(pValue >= 0 && pValue <= 1)) {
            throw new IllegalArgumentException("A p-value lies between 0 and 1, got " + pValue);
        }
    }

    public static Signal notEnoughData(double observed, double expected, String method) {
        return new Signal(observed, expected, 1, Direction.NONE, false, method);
    }

    static Signal of(double observed, double expected, double pValue, String method) {
        Direction direction = observed > expected ? Direction.HIGH : observed < expected ? Direction.LOW : Direction.NONE;
        return new Signal(observed, expected, Math.min(1, Math.max(0, pValue)), direction, true, method);
    }

    /** Observed over expected: 1.5 is half as much again as expected. */
    public double ratio() {
        return expected == 0 ? Double.NaN : observed / expected;
    }
}
