package org.crimeledger.audit;

import java.time.LocalDate;

/**
 * What an auditor asks for: a population over a period, whether to stratify by offence (violence, sexual
 * offences, other), and the target precision with the assumptions the sample size rests on.
 *
 * @param seed the sampling seed, or null to have one chosen (and stored)
 * @param recordedCrimeTwelveMonths R for the unrecorded-crime estimate, or null when not yet known
 */
public record NewAuditPlan(String name, AuditPopulation population, LocalDate periodFrom, LocalDate periodTo,
                           boolean stratified, double targetHalfWidth, double expectedRate, double confidence,
                           double designEffect, double crimesPerIncident, Long seed, Long recordedCrimeTwelveMonths) {
}
