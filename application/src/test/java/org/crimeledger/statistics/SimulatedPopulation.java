package org.crimeledger.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A finite population of incidents with known truth: how many crimes each should have produced and how
 * many the force recorded. Clustered populations give each incident its own recording propensity, so crimes
 * in one incident tend to be recorded (or missed) together, as they are in practice.
 */
record SimulatedPopulation(long[] ids, int[] should, int[] recorded, String stratum) {

    static SimulatedPopulation simple(int size, double rate, long seed, String stratum) {
        Random random = new Random(seed);
        int[] should = new int[size];
        int[] recorded = new int[size];
        for (int i = 0; i < size; i++) {
            should[i] = 1;
            recorded[i] = random.nextDouble() < rate ? 1 : 0;
        }
        return new SimulatedPopulation(ids(size, seed), should, recorded, stratum);
    }

    /** 15% of incidents hold no crime, 60% one, 18% two, 7% three; propensities vary by incident around {@code rate}. */
    static SimulatedPopulation clustered(int size, double rate, long seed, String stratum) {
        Random random = new Random(seed);
        int[] should = new int[size];
        int[] recorded = new int[size];
        for (int i = 0; i < size; i++) {
            double u = random.nextDouble();
            should[i] = u < 0.15 ? 0 : u < 0.75 ? 1 : u < 0.93 ? 2 : 3;
            // Half the incidents are handled "all or nothing", half crime by crime: strong within-incident correlation.
            boolean wholeIncident = random.nextBoolean();
            boolean incidentRecorded = random.nextDouble() < rate;
            for (int c = 0; c < should[i]; c++) {
                boolean thisOne = wholeIncident ? incidentRecorded : random.nextDouble() < rate;
                recorded[i] += thisOne ? 1 : 0;
            }
        }
        return new SimulatedPopulation(ids(size, seed), should, recorded, stratum);
    }

    private static long[] ids(int size, long seed) {
        long[] ids = new long[size];
        long start = 1_000_000L * (seed % 97 + 1);
        for (int i = 0; i < size; i++) {
            ids[i] = start + i;
        }
        return ids;
    }

    int size() {
        return ids.length;
    }

    double trueRate() {
        long s = 0;
        long r = 0;
        for (int i = 0; i < ids.length; i++) {
            s += should[i];
            r += recorded[i];
        }
        return (double) r / s;
    }

    List<ReviewedIncident> sample(int n, long seed) {
        long[] drawn = SeededSample.draw(ids, n, seed);
        List<ReviewedIncident> reviewed = new ArrayList<>(n);
        for (long id : drawn) {
            int index = (int) (id - ids[0]);
            reviewed.add(new ReviewedIncident(stratum, should[index], recorded[index]));
        }
        return reviewed;
    }
}
