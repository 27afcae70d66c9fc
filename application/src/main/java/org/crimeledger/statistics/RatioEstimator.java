package org.crimeledger.statistics;

import java.util.List;
import java.util.Map;

/**
 * The crime-recording rate of a sample of incidents: the combined ratio estimator
 * {@code p = sum(N_h/n_h * recorded) / sum(N_h/n_h * should)} over strata h, with a cluster-robust
 * (Taylor-linearised) variance that treats each incident as the sampled unit, a finite-population
 * correction per stratum, Student's t with (incidents - strata) degrees of freedom, and the interval built
 * on the logit scale. At a sample rate of exactly 0% or 100% the sample holds no information about the
 * variance, so the interval falls back to Wilson's score interval on the crimes audited.
 */
public final class RatioEstimator {

    private RatioEstimator() {
    }

    /** An unstratified simple random sample of incidents from a population of {@code populationIncidents}. */
    public static RateEstimate estimate(List<ReviewedIncident> sample, long populationIncidents) {
        return estimate(sample, Map.of(Strata.ALL, populationIncidents));
    }

    /** A stratified sample: {@code population} gives the number of incidents in each stratum. */
    public static RateEstimate estimate(List<ReviewedIncident> sample, Map<String, Long> population) {
        Map<String, List<ReviewedIncident>> strata = Strata.group(sample, population);
        double weightedRecorded = 0;
        double weightedShould = 0;
        long audited = 0;
        long recorded = 0;
        for (var stratum : strata.entrySet()) {
            double weight = (double) population.get(stratum.getKey()) / stratum.getValue().size();
            for (ReviewedIncident incident : stratum.getValue()) {
                weightedRecorded += weight * incident.recorded();
                weightedShould += weight * incident.shouldHaveBeenRecorded();
                audited += incident.shouldHaveBeenRecorded();
                recorded += incident.recorded();
            }
        }
        if (audited == 0) {
            throw new IllegalArgumentException("None of the " + sample.size()
                    + " reviewed incidents held a crime that should have been recorded, so there is no rate to estimate");
        }
        double rate = weightedRecorded / weightedShould;
        double variance = 0;
        for (var stratum : strata.entrySet()) {
            variance += stratumVariance(stratum.getValue(), population.get(stratum.getKey()), rate);
        }
        variance /= weightedShould * weightedShould;
        double standardError = Math.sqrt(variance);
        double simpleVariance = rate * (1 - rate) / audited;
        double designEffect = simpleVariance > 0 ? variance / simpleVariance : 1;
        double quantile = Intervals.quantile95(sample.size() - strata.size());
        if (rate > 0 && rate < 1 && variance > 0) {
            double[] interval = Intervals.logit(rate, standardError, quantile);
            return new RateEstimate(rate, interval[0], interval[1], audited, recorded, sample.size(), standardError,
                    designEffect, "ratio estimator over incidents, linearised cluster-robust variance, logit interval");
        }
        if (variance == 0 && rate > 0 && rate < 1 && everyStratumInFull(strata, population)) {
            return new RateEstimate(rate, rate, rate, audited, recorded, sample.size(), 0, 0,
                    "ratio estimator; every stratum reviewed in full, so no sampling error");
        }
        double[] interval = Intervals.wilson(rate * audited, audited, Intervals.Z_95);
        return new RateEstimate(rate, interval[0], interval[1], audited, recorded, sample.size(), standardError,
                designEffect, "sample rate at " + (rate == 1 ? "100%" : "0%") + ": Wilson score interval on the crimes audited");
    }

    private static boolean everyStratumInFull(Map<String, List<ReviewedIncident>> strata, Map<String, Long> population) {
        return strata.entrySet().stream().allMatch(s -> s.getValue().size() == population.get(s.getKey()));
    }

    /** {@code N^2 (1 - n/N) s_e^2 / n} with residuals {@code e = recorded - rate * should} of each incident. */
    private static double stratumVariance(List<ReviewedIncident> incidents, long populationSize, double rate) {
        int n = incidents.size();
        if (n < 2) {
            return 0;
        }
        double sum = 0;
        double sumOfSquares = 0;
        for (ReviewedIncident incident : incidents) {
            double residual = incident.recorded() - rate * incident.shouldHaveBeenRecorded();
            sum += residual;
            sumOfSquares += residual * residual;
        }
        double sampleVariance = (sumOfSquares - sum * sum / n) / (n - 1);
        double finitePopulationCorrection = 1 - (double) n / populationSize;
        return (double) populationSize * populationSize * finitePopulationCorrection * sampleVariance / n;
    }
}
