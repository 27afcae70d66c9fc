package org.crimeledger.publication;

import java.time.YearMonth;

/**
 * One row of a published street-level file: a crime, or an anti-social behaviour incident (no Crime ID, no
 * outcome), at its anonymisation point.
 *
 * @param crimeId the 64-hex published Crime ID, or null for anti-social behaviour
 * @param point the anonymisation point, or null for "No Location"
 * @param category the police.uk category slug, such as {@code burglary}
 * @param lastOutcome the published label of the last outcome, or null for anti-social behaviour
 * @param lastOutcomeMonth the month of that outcome, or null when there is none
 * @param reference the record behind the row (a crime or, for anti-social behaviour, an incident reference): never
 *                  published, only shown to those who follow a published count back to its records
 * @param restricted whether the record is restricted on need-to-know (sexual offence or domestic abuse)
 */
public record PublishedCrime(String crimeId, YearMonth month, SnapPoint point, String category, String categoryLabel,
        String lastOutcome, YearMonth lastOutcomeMonth, String reference, boolean restricted) {

    public String location() {
        return point == null ? "No Location" : "On or near " + point.name();
    }
}
