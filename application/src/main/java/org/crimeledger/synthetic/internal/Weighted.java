package org.crimeledger.synthetic.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A choice among items with relative weights, drawn from the generator's one random sequence. */
public final class Weighted<T> {

    private final List<T> items;
    private final double[] cumulative;

    private Weighted(List<T> items, double[] weights) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("Nothing to choose from");
        }
        this.items = List.copyOf(items);
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] < 0) {
                throw new IllegalArgumentException("Negative weight for " + items.get(i));
            }
            sum += weights[i];
            cumulative[i] = sum;
        }
    }

    /** Alternating items and weights: {@code of("8N", 50, "105A", 40)}. */
    @SuppressWarnings("unchecked")
    public static <T> Weighted<T> of(Object... itemsAndWeights) {
        List<T> items = new ArrayList<>();
        double[] weights = new double[itemsAndWeights.length / 2];
        for (int i = 0; i < itemsAndWeights.length; i += 2) {
            items.add((T) itemsAndWeights[i]);
            weights[i / 2] = ((Number) itemsAndWeights[i + 1]).doubleValue();
        }
        return new Weighted<>(items, weights);
    }

    public static <T> Weighted<T> of(List<T> items, double[] weights) {
        return new Weighted<>(items, weights.clone());
    }

    public T pick(Random random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] > target) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return items.get(low);
    }

    public List<T> items() {
        return items;
    }
}
