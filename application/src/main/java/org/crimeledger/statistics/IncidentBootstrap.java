package org.crimeledger.statistics;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The recording rate's interval by resampling whole incidents with replacement within each stratum
 * (so crimes that sit together stay together), recomputing the weighted ratio each time and taking the
 * 2.5th and 97.5th percentiles. Seeded, so the same sample and seed give the same interval. A check on the
 * linearised interval of {@link RatioEstimator}, not a replacement: the percentile bootstrap ignores the
 * finite-population correction and is a little narrow for small samples.
 */
public final class IncidentBootstrap {

    private IncidentBootstrap() {
    }

    public static RateEstimate estimate(List<ReviewedIncident> sample, Map<String, Long> population,
                                        int resamples, long seed) {
        if (resamples < 100) {
            throw new IllegalArgumentException("A bootstrap needs at least 100 resamples, got " + resamples);
        }
        RateEstimate point = RatioEstimator.estimate(sample, population);
        var strata = Strata.group(sample, population).entrySet().stream().toList();
        int[][] should = new int[strata.size()][];
        int[][] recorded = new int[strata.size()][];
        double[] weights = new double[strata.size()];
        for (int h = 0; h < strata.size(); h++) {
            List<ReviewedIncident> incidents = strata.get(h).getValue();
            should[h] = incidents.stream().mapToInt(ReviewedIncident::shouldHaveBeenRecorded).toArray();
            recorded[h] = incidents.stream().mapToInt(ReviewedIncident::recorded).toArray();
            weights[h] = (double) population.get(strata.get(h).getKey()) / incidents.size();
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] rates = new double[resamples];
        int kept = 0;
        for (int b = 0; b < resamples; b++) {
            double numerator = 0;
            double denominator = 0;
            for (int h = 0; h < should.length; h++) {
                int n = should[h].length;
                long sumRecorded = 0;
                long sumShould = 0;
                for (int i = 0; i < n; i++) {
                    int pick = random.nextInt(n);
                    sumRecorded += recorded[h][pick];
                    sumShould += should[h][pick];
                }
                numerator += weights[h] * sumRecorded;
                denominator += weights[h] * sumShould;
            }
            if (denominator > 0) {
                rates[kept++] = numerator / denominator;
            }
        }
        double[] sorted = java.util.Arrays.copyOf(rates, kept);
        java.util.Arrays.sort(sorted);
        double lower = percentile(sorted, 0.025);
        double upper = percentile(sorted, 0.975);
        double mean = java.util.Arrays.stream(sorted).average().orElse(point.rate());
        double variance = java.util.Arrays.stream(sorted).map(r -> (r - mean) * (r - mean)).sum() / Math.max(1, kept - 1);
        double simpleVariance = point.rate() * (1 - point.rate()) / point.audited();
        return new RateEstimate(point.rate(), lower, upper, point.audited(), point.recorded(), point.incidents(),
                Math.sqrt(variance), simpleVariance > 0 ? variance / simpleVariance : 1,
                "bootstrap over incidents within strata, " + resamples + " resamples, percentile interval");
    }

    private static double percentile(double[] sorted, double share) {
        double position = share * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
