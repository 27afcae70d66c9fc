package org.crimeledger.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where to look first: ranks unreviewed incidents by the probability, learned from reviewed ones, that they
 * hide an unrecorded crime, and says which phrases or facts pushed each one up. Kept apart from the random
 * sample: it never chooses what the estimate is computed from.
 */
public final class TargetedRanking {

    /** An incident as the ranking sees it: its identifier, its terms and (for reviewed ones) the label. */
    public record Item(long id, Set<String> terms, boolean hidesUnrecordedCrime) {
    }

    /** A ranked incident, its probability and the features that contributed most. */
    public record Ranked(long id, double probability, List<String> reasons) {
    }

    private final PhraseFeatures features;
    private final LogisticRegression model;

    private TargetedRanking(PhraseFeatures features, LogisticRegression model) {
        this.features = features;
        this.model = model;
    }

    public static TargetedRanking train(List<Item> reviewed) {
        PhraseFeatures features = PhraseFeatures.learn(reviewed.stream().map(Item::terms).toList(), 3);
        int[][] examples = reviewed.stream().map(item -> features.encode(item.terms())).toArray(int[][]::new);
        boolean[] labels = new boolean[reviewed.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = reviewed.get(i).hidesUnrecordedCrime();
        }
        return new TargetedRanking(features, LogisticRegression.fit(examples, labels, features.size(), 0.001, 300));
    }

    public List<Ranked> rank(List<Item> unreviewed) {
        List<Ranked> ranked = new ArrayList<>(unreviewed.size());
        for (Item item : unreviewed) {
            int[] encoded = features.encode(item.terms());
            ranked.add(new Ranked(item.id(), model.probability(encoded), reasons(encoded)));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::probability).reversed().thenComparingLong(Ranked::id));
        return ranked;
    }

    private List<String> reasons(int[] encoded) {
        return java.util.Arrays.stream(encoded).boxed()
                .filter(f -> model.weight(f) > 0)
                .sorted(Comparator.comparingDouble((Integer f) -> -model.weight(f)))
                .limit(3)
                .map(f -> String.format(Locale.UK, "\"%s\" (+%.2f)", features.name(f), model.weight(f)))
                .toList();
    }

    /**
     * The share of all unrecorded crimes found by reviewing the top {@code share} of a ranking, given how many
     * each incident truly hides.
     */
    public static double capture(List<Ranked> ranking, java.util.Map<Long, Integer> unrecordedCrimes, double share) {
        long total = unrecordedCrimes.values().stream().mapToLong(Integer::longValue).sum();
        if (total == 0) {
            throw new IllegalArgumentException("No unrecorded crimes to find");
        }
        int top = (int) Math.ceil(ranking.size() * share);
        long found = ranking.stream().limit(top).mapToLong(r -> unrecordedCrimes.getOrDefault(r.id(), 0)).sum();
        return (double) found / total;
    }
}
