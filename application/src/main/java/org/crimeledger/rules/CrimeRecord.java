package org.crimeledger.rules;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A recorded crime with the facts the rules need.
 *
 * @param classification the class recorded, with its facts from the offence classifications
 * @param victimIds the victims the crime is recorded for (one, by one crime per victim); empty for a state-based crime
 * @param offenderGroup key of the offenders acting together, or null when not known
 * @param status RECORDED, UNDER_INVESTIGATION, FINALISED, CANCELLED or TRANSFERRED
 * @param flags Home Office crime flags, as codes such as DOMESTIC_ABUSE
 * @param relationship the victim's relationship to the suspect: INTIMATE_PARTNER, EX_PARTNER, FAMILY,
 *                     ACQUAINTANCE, STRANGER, or null when not known
 * @param namedSuspect whether a suspect is named on the crime
 * @param suspectDateOfBirth when known, for the age conditions of the domestic-abuse flag
 * @param modeOfTrial INDICTABLE_ONLY, EITHER_WAY or SUMMARY_ONLY, or null when not known
 */
public record CrimeRecord(String reference, OffenceClass classification, List<String> victimIds, String offenderGroup,
        Instant offenceFrom, Instant offenceTo, Instant reportedAt, Instant recordedAt, String status, Set<String> flags,
        String relationship, boolean namedSuspect, java.time.LocalDate suspectDateOfBirth, String modeOfTrial) {

    public CrimeRecord {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(recordedAt, "recordedAt");
        victimIds = List.copyOf(victimIds);
        flags = Set.copyOf(flags);
        status = status == null ? "RECORDED" : status;
    }

    /** Still counted: not cancelled and not transferred. */
    public boolean live() {
        return !"CANCELLED".equals(status) && !"TRANSFERRED".equals(status);
    }

    public boolean flagged(String flag) {
        return flags.contains(flag);
    }

    public boolean indictableOnly() {
        return "INDICTABLE_ONLY".equals(modeOfTrial);
    }
}
