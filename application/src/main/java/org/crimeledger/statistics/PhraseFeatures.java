package org.crimeledger.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Words and two-word phrases of a narrative, plus any rule facts the caller adds ("closed as ASB", say),
 * as named binary features. The vocabulary is whatever appears in at least {@code minimumCount} training
 * texts, so the model can only ever point at phrases a reader can find in the text.
 */
public final class PhraseFeatures {

    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    private PhraseFeatures() {
    }

    public static PhraseFeatures learn(List<Set<String>> documents, int minimumCount) {
        Map<String, Integer> counts = new HashMap<>();
        for (Set<String> document : documents) {
            document.forEach(term -> counts.merge(term, 1, Integer::sum));
        }
        PhraseFeatures features = new PhraseFeatures();
        counts.entrySet().stream().filter(e -> e.getValue() >= minimumCount).map(Map.Entry::getKey).sorted()
                .forEach(term -> {
                    features.index.put(term, features.names.size());
                    features.names.add(term);
                });
        return features;
    }

    /** The terms of a text: lower-case words of three letters or more, and each pair of neighbouring words. */
    public static Set<String> terms(String text, List<String> facts) {
        Set<String> terms = new LinkedHashSet<>(facts);
        String previous = null;
        for (String word : text.toLowerCase(Locale.UK).split("[^a-z0-9']+")) {
            if (word.length() < 3) {
                previous = null;
                continue;
            }
            terms.add(word);
            if (previous != null) {
                terms.add(previous + " " + word);
            }
            previous = word;
        }
        return terms;
    }

    public int[] encode(Set<String> terms) {
        return terms.stream().map(index::get).filter(java.util.Objects::nonNull).mapToInt(Integer::intValue)
                .distinct().sorted().toArray();
    }

    public int size() {
        return names.size();
    }

    public String name(int feature) {
        return names.get(feature);
    }
}
