package org.crimeledger.ledger;

/**
 * One change as its module hands it to the {@link Ledger}, which gives it a sequence number, a time and
 * its place in the hash chain.
 *
 * @param actor who made the change: a username, or a named system actor for batch work
 * @param role the role they acted in, for example {@code CRIME_REGISTRAR}
 * @param action what happened, as a past-tense event name such as {@code IncidentOpened} or {@code CrimeRecorded}
 * @param recordType the kind of record changed, such as {@code incident} or {@code crime}; the verifier checks
 *        records of every type that a {@link RecordSnapshots} bean covers against their latest entry
 * @param recordId the record's identifier, as text
 * @param reason why, in the actor's words, where the change needs one (a cancellation, a reclassification)
 * @param before the record before the change as canonical JSON (see {@link Ledger#snapshot}), null when it is new
 * @param after the record after the change as canonical JSON, null when it was removed
 */
public record LedgerAppend(String actor, String role, String action, String recordType, String recordId,
        String reason, String before, String after) {

    public LedgerAppend {
        requireText(actor, "actor");
        requireText(role, "role");
        requireText(action, "action");
        requireText(recordType, "recordType");
        requireText(recordId, "recordId");
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A ledger entry needs its " + name);
        }
    }
}
