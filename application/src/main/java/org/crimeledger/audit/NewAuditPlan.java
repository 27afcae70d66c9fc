package org.crimeledger.audit;

import java.time.LocalDate;

/**
 * What an auditor asks for: a population over a period, whether to stratify by offence (violence, sexual
 * offences, other), and the target precision with the assumptions the sample size rests on.
 *
 * @param seed the sampling seed, or null to have one chosen (and stored)
 * @param recordedCrimeTwelveMonths R for the unrecorded-crime estimate, or null when not yet known
 * @param extractImportId the imported interchange extract whose incidents are audited, or null for the force's own
 */
public record NewAuditPlan(String name, AuditPopulation population, LocalDate periodFrom, LocalDate periodTo,
                           boolean stratified, double targetHalfWidth, double expectedRate, double confidence,
                           double designEffect, double crimesPerIncident, Long seed, Long recordedCrimeTwelveMonths,
                           Long extractImportId) {

    /** A plan over the force's own records. */
    public NewAuditPlan(String name, AuditPopulation population, LocalDate periodFrom, LocalDate periodTo,
                        boolean stratified, double targetHalfWidth, double expectedRate, double confidence,
                        double designEffect, double crimesPerIncident, Long seed, Long recordedCrimeTwelveMonths) {
        this(name, population, periodFrom, periodTo, stratified, targetHalfWidth, expectedRate, confidence,
                designEffect, crimesPerIncident, seed, recordedCrimeTwelveMonths, null);
    }
}
