package org.crimeledger.incidents;

/** A specific opening or closing type within a national incident category. */
public record IncidentType(String code, IncidentCategory category, String name) {
}
