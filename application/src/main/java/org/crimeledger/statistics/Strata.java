package org.crimeledger.statistics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Groups a reviewed sample by stratum and checks every stratum has a population size. */
final class Strata {

    /** The single stratum of an unstratified plan. */
    static final String ALL = "all";

    private Strata() {
    }

    static Map<String, List<ReviewedIncident>> group(List<ReviewedIncident> sample, Map<String, Long> population) {
        if (sample.isEmpty()) {
            throw new IllegalArgumentException("No reviewed incidents: an estimate needs a sample");
        }
        Map<String, List<ReviewedIncident>> byStratum = new LinkedHashMap<>();
        for (ReviewedIncident incident : sample) {
            byStratum.computeIfAbsent(incident.stratum(), s -> new java.util.ArrayList<>()).add(incident);
        }
        byStratum.forEach((stratum, incidents) -> {
            Long size = population.get(stratum);
            if (size == null) {
                throw new IllegalArgumentException("Stratum '" + stratum + "' has reviewed incidents but no population size");
            }
            if (size < incidents.size()) {
                throw new IllegalArgumentException("Stratum '" + stratum + "' has " + incidents.size()
                        + " reviewed incidents, more than its population of " + size);
            }
        });
        return byStratum;
    }
}
