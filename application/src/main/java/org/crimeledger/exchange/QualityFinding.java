package org.crimeledger.exchange;

import java.time.LocalDate;

/**
 * One thing a data-quality check found for a force and month.
 *
 * @param category the police.uk category concerned, or null
 * @param crimeId the Crime ID concerned, or null
 * @param count the rows concerned (the count for a volume check)
 */
public record QualityFinding(QualityCheck check, String force, LocalDate month, String category, String crimeId,
        long count, String detail) {
}
