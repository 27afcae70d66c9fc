package org.crimeledger.rules;

import java.util.Objects;

/**
 * What one rule found in one record, before the engine attaches the rule and the incident.
 *
 * @param recordKind the kind of record at fault: incident, decision, victim, crime, outcome, cancellation or
 *                   reclassification
 * @param recordReference that record's reference in its kind
 * @param detail what was found, in plain English, with the values that broke the rule
 */
public record Violation(String recordKind, String recordReference, String detail) {

    public Violation {
        Objects.requireNonNull(recordKind, "recordKind");
        Objects.requireNonNull(recordReference, "recordReference");
        Objects.requireNonNull(detail, "detail");
    }

    public static Violation onIncident(IncidentRecord incident, String detail) {
        return new Violation("incident", incident.reference(), detail);
    }

    public static Violation onCrime(CrimeRecord crime, String detail) {
        return new Violation("crime", crime.reference(), detail);
    }
}
