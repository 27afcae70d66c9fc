package org.crimeledger.ledger;

import java.time.Instant;

/**
 * One read of a person's personal details: who read them, in which role, when, which record, and the
 * purpose they stated (Data Protection Act 2018 s.62: the log must show the justification, date and time
 * of each consultation and who made it).
 */
public record PersonalDataAccess(long id, Instant accessedAt, String actor, String role, String recordType,
        String recordId, String purpose) {
}
