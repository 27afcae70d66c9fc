package org.crimeledger.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A victim named in an incident.
 *
 * @param id the victim's key within the record set
 * @param personKey a key that is the same for the same person across incidents (for duplicate crimes), or null
 * @param dateOfBirth when known, for the rules that depend on age
 */
public record VictimRecord(String id, String personKey, LocalDate dateOfBirth) {

    public VictimRecord {
        Objects.requireNonNull(id, "id");
    }
}
