package org.crimeledger.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A stored audit plan: what was asked, the strata with their populations and sample sizes, and the seed.
 * {@code extractImportId} is the imported extract sampled, or null for the force's own records.
 */
public record AuditPlan(long id, String name, AuditPopulation population, LocalDate periodFrom, LocalDate periodTo,
                        boolean stratified, double targetHalfWidth, double expectedRate, double confidence,
                        double designEffect, double crimesPerIncident, long seed, Long recordedCrimeTwelveMonths,
                        String working, String createdBy, Instant createdAt, Long extractImportId,
                        List<Stratum> strata) {

    public record Stratum(String code, long populationIncidents, int sampleSize) {
    }

    public long populationIncidents() {
        return strata.stream().mapToLong(Stratum::populationIncidents).sum();
    }

    public int sampleSize() {
        return strata.stream().mapToInt(Stratum::sampleSize).sum();
    }
}
