package org.crimeledger.audit.web;

import java.time.LocalDate;

import org.crimeledger.audit.AuditPopulation;
import org.crimeledger.audit.NewAuditPlan;

/** The new-audit form, percentages as the user types them (2 for plus or minus 2 points). */
class PlanForm {

    String name = "";
    String population = AuditPopulation.CRIME_RELATED_INCIDENTS.name();
    String periodFrom = "";
    String periodTo = "";
    boolean stratified;
    String precisionPoints = "2";
    String expectedRatePercent = "85";
    String designEffect = "1.0";
    String crimesPerIncident = "1.0";
    String seed = "";
    String recordedCrime = "";
    /** Blank for the force's own records, else the import id of an imported interchange extract. */
    String extractImportId = "";

    NewAuditPlan toPlan(java.util.List<PageError> errors) {
        AuditPopulation chosen = null;
        try {
            chosen = AuditPopulation.valueOf(population);
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.add(new PageError("population", "Choose the population to audit"));
        }
        LocalDate from = date("periodFrom", periodFrom, "first day of the audit period", errors);
        LocalDate to = date("periodTo", periodTo, "last day of the audit period", errors);
        double precision = number("precisionPoints", precisionPoints, "the target precision in points", errors);
        double rate = number("expectedRatePercent", expectedRatePercent, "the expected rate in percent", errors);
        double effect = number("designEffect", designEffect, "the design effect", errors);
        double perIncident = number("crimesPerIncident", crimesPerIncident, "crimes per incident", errors);
        Long chosenSeed = seed.isBlank() ? null : (long) number("seed", seed, "the seed (a whole number)", errors);
        Long recorded = recordedCrime.isBlank() ? null : (long) number("recordedCrime", recordedCrime,
                "recorded crime for the 12 months", errors);
        Long extract = null;
        if (extractImportId != null && !extractImportId.isBlank()) {
            try {
                extract = Long.valueOf(extractImportId.strip());
            } catch (NumberFormatException e) {
                errors.add(new PageError("extractImportId", "Choose the force's own records or one of the imported extracts"));
            }
        }
        return new NewAuditPlan(name, chosen, from, to, stratified, precision / 100, rate / 100, 0.95, effect,
                perIncident, chosenSeed, recorded, extract);
    }

    private static LocalDate date(String field, String text, String what, java.util.List<PageError> errors) {
        try {
            return LocalDate.parse(text.strip());
        } catch (RuntimeException e) {
            errors.add(new PageError(field, "Enter the " + what + " as a date like 2026-06-01"));
            return null;
        }
    }

    private static double number(String field, String text, String what, java.util.List<PageError> errors) {
        try {
            return Double.parseDouble(text.strip());
        } catch (RuntimeException e) {
            errors.add(new PageError(field, "Enter " + what + " as a number"));
            return 0;
        }
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPopulation() { return population; }
    public void setPopulation(String population) { this.population = population; }
    public String getPeriodFrom() { return periodFrom; }
    public void setPeriodFrom(String periodFrom) { this.periodFrom = periodFrom; }
    public String getPeriodTo() { return periodTo; }
    public void setPeriodTo(String periodTo) { this.periodTo = periodTo; }
    public boolean isStratified() { return stratified; }
    public void setStratified(boolean stratified) { this.stratified = stratified; }
    public String getPrecisionPoints() { return precisionPoints; }
    public void setPrecisionPoints(String precisionPoints) { this.precisionPoints = precisionPoints; }
    public String getExpectedRatePercent() { return expectedRatePercent; }
    public void setExpectedRatePercent(String expectedRatePercent) { this.expectedRatePercent = expectedRatePercent; }
    public String getDesignEffect() { return designEffect; }
    public void setDesignEffect(String designEffect) { this.designEffect = designEffect; }
    public String getCrimesPerIncident() { return crimesPerIncident; }
    public void setCrimesPerIncident(String crimesPerIncident) { this.crimesPerIncident = crimesPerIncident; }
    public String getSeed() { return seed; }
    public void setSeed(String seed) { this.seed = seed; }
    public String getRecordedCrime() { return recordedCrime; }
    public void setRecordedCrime(String recordedCrime) { this.recordedCrime = recordedCrime; }
    public String getExtractImportId() { return extractImportId; }
    public void setExtractImportId(String extractImportId) { this.extractImportId = extractImportId; }
}
