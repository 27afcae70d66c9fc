package org.crimeledger.statistics;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * A simple random sample without replacement that anyone can redraw from the seed: every unit's identifier
 * is given a key by a seeded bijective 64-bit mix (SplitMix64's finaliser), and the {@code n} units with the
 * smallest keys are the sample. Because the keys depend only on the seed and the identifier, the sample does
 * not depend on the order the population was read in, and distinct identifiers can never tie. Each subset of
 * size n is equally likely when the keys behave as independent uniform draws, which is what the mix is for.
 */
public final class SeededSample {

    private SeededSample() {
    }

    /** The sampled identifiers in ascending order. */
    public static long[] draw(long[] population, int size, long seed) {
        if (size < 0) {
            throw new IllegalArgumentException("A sample size cannot be negative, got " + size);
        }
        if (size > population.length) {
            throw new IllegalArgumentException("A sample of " + size + " is larger than the population of "
                    + population.length);
        }
        long salt = mix(seed ^ 0x5DEECE66DL);
        // Max-heap of the smallest keys seen so far, compared as unsigned numbers.
        PriorityQueue<long[]> kept = new PriorityQueue<>(Math.max(1, size),
                (a, b) -> Long.compareUnsigned(b[0], a[0]));
        for (long id : population) {
            long key = mix(id + salt);
            if (kept.size() < size) {
                kept.add(new long[] {key, id});
            } else if (size > 0 && Long.compareUnsigned(key, kept.peek()[0]) < 0) {
                kept.poll();
                kept.add(new long[] {key, id});
            }
        }
        long[] sample = kept.stream().mapToLong(pair -> pair[1]).toArray();
        Arrays.sort(sample);
        if (sample.length > 1) {
            for (int i = 1; i < sample.length; i++) {
                if (sample[i] == sample[i - 1]) {
                    throw new IllegalArgumentException("The population lists incident " + sample[i] + " twice");
                }
            }
        }
        return sample;
    }

    /** The key an identifier gets under a seed; public so a plan page can show why an incident was drawn. */
    public static long key(long id, long seed) {
        return mix(id + mix(seed ^ 0x5DEECE66DL));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
