package org.crimeledger.statistics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Controls the false-discovery rate across the many units and indicators tested at once
 * (Benjamini and Hochberg, 1995): testing 40 teams on 12 indicators at 5% each would otherwise raise
 * about 24 alarms on perfectly clean data. Each p-value gets a q-value, the smallest false-discovery rate
 * at which it would be called a discovery; alert on q below the rate chosen (0.05 by default).
 */
public final class FalseDiscovery {

    public static final double DEFAULT_RATE = 0.05;

    private FalseDiscovery() {
    }

    /** The Benjamini-Hochberg adjusted p-values (q-values), in the order given. */
    public static double[] qValues(double[] pValues) {
        int m = pValues.length;
        for (double p : pValues) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("A p-value lies between 0 and 1, got " + p);
            }
        }
        Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> pValues[i]));
        double[] q = new double[m];
        double running = 1;
        for (int rank = m; rank >= 1; rank--) {
            int i = order[rank - 1];
            running = Math.min(running, pValues[i] * m / rank);
            q[i] = running;
        }
        return q;
    }
}
