package org.crimeledger.statistics;

import java.util.Arrays;

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
        // A max-heap (by unsigned key) of the smallest keys seen so far, in two primitive arrays.
        long[] keys = new long[size];
        long[] ids = new long[size];
        int filled = 0;
        for (long id : population) {
            long key = mix(id + salt);
            if (filled < size) {
                keys[filled] = key;
                ids[filled] = id;
                siftUp(keys, ids, filled++);
            } else if (size > 0 && Long.compareUnsigned(key, keys[0]) < 0) {
                keys[0] = key;
                ids[0] = id;
                siftDown(keys, ids, size);
            }
        }
        long[] sample = ids;
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

    private static void siftUp(long[] keys, long[] ids, int child) {
        while (child > 0) {
            int parent = (child - 1) / 2;
            if (Long.compareUnsigned(keys[parent], keys[child]) >= 0) {
                return;
            }
            swap(keys, ids, parent, child);
            child = parent;
        }
    }

    private static void siftDown(long[] keys, long[] ids, int size) {
        int parent = 0;
        while (true) {
            int largest = parent;
            int left = 2 * parent + 1;
            int right = left + 1;
            if (left < size && Long.compareUnsigned(keys[left], keys[largest]) > 0) {
                largest = left;
            }
            if (right < size && Long.compareUnsigned(keys[right], keys[largest]) > 0) {
                largest = right;
            }
            if (largest == parent) {
                return;
            }
            swap(keys, ids, parent, largest);
            parent = largest;
        }
    }

    private static void swap(long[] keys, long[] ids, int a, int b) {
        long key = keys[a];
        keys[a] = keys[b];
        keys[b] = key;
        long id = ids[a];
        ids[a] = ids[b];
        ids[b] = id;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
