package org.crimeledger.standards;

/** A code with its name, for the small lists: offence groups, outcome groups, police.uk categories. */
public record NamedCode(String code, String name) {
}
