package org.crimeledger.standards;

/** A data.police.uk outcome category, decided by the police or by a court. */
public record PoliceUkOutcome(String code, String name, String decidedBy) {
}
