package org.crimeledger.exchange;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * One thing a data-quality check found for a force and month.
 *
 * @param category the police.uk category concerned, or null
 * @param crimeId the Crime ID concerned, or null
 * @param count the rows concerned (the count for a volume check)
 */
public record QualityFinding(QualityCheck check, String force, LocalDate month, String category, String crimeId,
        long count, String detail) {

    /** By check, force and month, then the rest, so that a list reads the same whichever engine made it. */
    public static final Comparator<QualityFinding> ORDER = Comparator.comparing(QualityFinding::check)
            .thenComparing(QualityFinding::force).thenComparing(QualityFinding::month)
            .thenComparing(QualityFinding::category, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(QualityFinding::crimeId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(QualityFinding::detail);
}
