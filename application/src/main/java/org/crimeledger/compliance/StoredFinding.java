package org.crimeledger.compliance;

/** A finding as a batch run stored it. */
public record StoredFinding(long id, String ruleCode, String severity, long incidentId, String incidentReference,
        String recordKind, String recordReference, String detail) {
}
