package org.crimeledger.rules;

import java.time.Instant;
import java.util.Objects;

/**
 * An incident as the rules see it, from this system or another's extract.
 *
 * @param receivedAt when the police received the report: the recording clock starts here
 * @param crimeRelated whether the incident disclosed a possible crime, so a crime-recording decision is needed
 * @param reporterRelation who reported it: VICTIM, WITNESS, THIRD_PARTY, PROFESSIONAL_THIRD_PARTY,
 *                         PARENT_OR_CARER or POLICE_DISCOVERED
 * @param reportedClassification the offence class the report alleged, when the system holds it (null otherwise)
 * @param closedAt when the incident was closed, or null while open
 */
public record IncidentRecord(String reference, Instant receivedAt, boolean crimeRelated, String reporterRelation,
        String reportedClassification, Instant closedAt) {

    public IncidentRecord {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** Professional third parties and parents or carers are always treated as acting for the victim (CRR26 p.7). */
    public boolean reportedForTheVictim() {
        return "PROFESSIONAL_THIRD_PARTY".equals(reporterRelation) || "PARENT_OR_CARER".equals(reporterRelation);
    }

    public boolean rapeReported() {
        return reportedClassification != null && OffenceClasses.RAPE.contains(reportedClassification);
    }
}
