package org.crimeledger.publication;

import java.time.YearMonth;

/**
 * One row of a published outcomes file: an outcome given in the month to a crime, at the crime's anonymisation
 * point.
 *
 * @param outcomeCode the police.uk outcome category code, such as {@code charged}
 * @param outcome its published label
 * @param reference the crime's reference, never published
 */
public record PublishedOutcome(String crimeId, YearMonth month, SnapPoint point, String outcomeCode, String outcome,
        String reference, boolean restricted) {

    public String location() {
        return point == null ? "No Location" : "On or near " + point.name();
    }
}
