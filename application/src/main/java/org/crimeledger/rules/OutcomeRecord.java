package org.crimeledger.rules;

import java.time.Instant;
import java.util.Objects;

/**
 * An outcome assigned to a crime.
 *
 * @param type the Home Office outcome type, such as {@code 1}, {@code 3A} or {@code 8}
 * @param authorisedRank who authorised it: OFFICER, SERGEANT, INSPECTOR, SUPERINTENDENT, FCR or CPS; null if no one
 * @param suspectPreviousOffences the person's previous offences on record when the outcome was given, or null
 */
public record OutcomeRecord(String reference, String crimeReference, String type, Instant outcomeAt,
        String authorisedRank, Integer suspectPreviousOffences) {

    public OutcomeRecord {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(crimeReference, "crimeReference");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(outcomeAt, "outcomeAt");
    }

    /** Whether it was authorised at or above the rank. */
    public boolean authorisedAtLeast(String rank) {
        return Ranks.atLeast(authorisedRank, rank);
    }
}
