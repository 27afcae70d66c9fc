package org.crimeledger.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sample sizes from a target precision: {@code n0 = z^2 p(1-p) / e^2} crimes, times the design effect,
 * divided by the crimes expected per incident, then the finite-population correction
 * {@code n = n0 / (1 + (n0 - 1) / N)} on incidents. A precision only a census could give is refused.
 */
public final class SampleSizePlanning {

    private SampleSizePlanning() {
    }

    public static SampleSize forPopulation(long populationIncidents, PlanningAssumptions assumptions) {
        if (populationIncidents <= 0) {
            throw new IllegalArgumentException("The population is empty: there are no incidents to sample");
        }
        double z = Intervals.normalQuantile(assumptions.confidence());
        double p = assumptions.expectedRate();
        double e = assumptions.halfWidth();
        double crimes = z * z * p * (1 - p) / (e * e);
        double clustered = crimes * assumptions.designEffect();
        double incidents = clustered / assumptions.crimesPerIncident();
        double corrected = incidents / (1 + (incidents - 1) / populationIncidents);
        int size = (int) Math.ceil(corrected - 1e-9);
        List<String> working = new ArrayList<>();
        working.add(String.format(Locale.UK, "Crimes for +/-%.2f points at %.0f%% with an expected rate of %.1f%%: "
                + "z^2 p(1-p)/e^2 = %.3f^2 x %.3f x %.3f / %.4f^2 = %.1f", e * 100, assumptions.confidence() * 100,
                p * 100, z, p, 1 - p, e, crimes));
        working.add(String.format(Locale.UK, "Times the design effect %.2f (crimes sharing incidents): %.1f crimes",
                assumptions.designEffect(), clustered));
        working.add(String.format(Locale.UK, "Divided by %.2f crimes expected per incident: %.1f incidents",
                assumptions.crimesPerIncident(), incidents));
        working.add(String.format(Locale.UK, "Finite-population correction for %,d incidents: n0/(1+(n0-1)/N) = %.1f, "
                + "rounded up to %,d", populationIncidents, corrected, size));
        if (size >= populationIncidents) {
            throw new IllegalArgumentException(String.format(Locale.UK,
                    "A precision of +/-%.2f points needs %,.0f incidents before correction, more than the %,d in the "
                            + "population: review every incident, or relax the target precision",
                    e * 100, incidents, populationIncidents));
        }
        return new SampleSize(size, Math.round(size * assumptions.crimesPerIncident()), (long) Math.ceil(crimes),
                populationIncidents, List.copyOf(working));
    }

    /**
     * A stratified plan: the overall target is met with a sample allocated in proportion to each stratum's
     * population (at least two incidents, so each stratum has a variance); a stratum with its own target (violence at +/-3 points, say) gets at least the size that target needs.
     */
    public static Map<String, SampleSize> forStrata(Map<String, Long> populationByStratum,
                                                    PlanningAssumptions overall,
                                                    Map<String, PlanningAssumptions> stratumTargets) {
        long total = populationByStratum.values().stream().mapToLong(Long::longValue).sum();
        SampleSize whole = forPopulation(total, overall);
        Map<String, SampleSize> plan = new LinkedHashMap<>();
        populationByStratum.forEach((stratum, size) -> {
            if (size <= 0) {
                throw new IllegalArgumentException("Stratum '" + stratum + "' has no incidents in the population");
            }
            int proportional = (int) Math.min(size, Math.max(2, Math.ceil((double) whole.incidents() * size / total)));
            List<String> working = new ArrayList<>();
            working.add(String.format(Locale.UK, "Proportional share of the overall %,d: %,d x %,d / %,d = %,d",
                    whole.incidents(), whole.incidents(), size, total, proportional));
            int chosen = proportional;
            PlanningAssumptions own = stratumTargets.get(stratum);
            if (own != null) {
                SampleSize target = forPopulation(size, own);
                working.addAll(target.working());
                chosen = Math.max(proportional, target.incidents());
                working.add(String.format(Locale.UK, "Larger of the proportional share and the stratum's own target: %,d",
                        chosen));
            }
            plan.put(stratum, new SampleSize(chosen, Math.round(chosen * overall.crimesPerIncident()),
                    whole.crimesForPrecision(), size, List.copyOf(working)));
        });
        return plan;
    }
}
