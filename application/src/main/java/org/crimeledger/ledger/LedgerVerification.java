package org.crimeledger.ledger;

import java.time.Instant;
import java.util.List;

/**
 * The result of checking the whole ledger: whether every entry still matches its hash and links to the
 * one before, and whether every record a {@link RecordSnapshots} bean covers is what its latest entry says.
 *
 * @param entriesChecked how many entries were read, up to and including a broken one
 * @param brokenEntry the first entry at which the chain fails, or null when it holds
 * @param recordTypesChecked the record types compared with their entries
 * @param recordFindings records that differ from their latest entry (at most 100 of each type)
 * @param recordFindingCount how many records differ in all
 */
public record LedgerVerification(Instant verifiedAt, long entriesChecked, BrokenEntry brokenEntry,
        List<String> recordTypesChecked, List<RecordFinding> recordFindings, long recordFindingCount) {

    /** Where the chain first fails: the entry's sequence, its record when known, and the fault in plain English. */
    public record BrokenEntry(long sequence, String recordType, String recordId, String problem) {

        public String description() {
            String record = recordType == null ? "" : " (" + recordType + " " + recordId + ")";
            return "entry " + sequence + record + ": " + problem;
        }
    }

    /** A record that is not what its latest entry says, and what that suggests happened. */
    public record RecordFinding(String recordType, String recordId, Long latestSequence, String problem) {

        public String description() {
            return recordType + " " + recordId + " " + problem;
        }
    }

    public LedgerVerification {
        recordTypesChecked = List.copyOf(recordTypesChecked);
        recordFindings = List.copyOf(recordFindings);
    }

    public boolean intact() {
        return brokenEntry == null && recordFindingCount == 0;
    }

    /** One line for a person: what was checked and, if anything is wrong, the first thing. */
    public String summary() {
        String entries = entriesChecked + (entriesChecked == 1 ? " entry" : " entries");
        if (brokenEntry != null) {
            return "Ledger broken at " + brokenEntry.description() + " (" + entries + " read).";
        }
        if (recordFindingCount > 0) {
            return "Ledger chain intact (" + entries + " verified), but " + recordFindingCount
                    + (recordFindingCount == 1 ? " record differs" : " records differ")
                    + " from the ledger; first: " + recordFindings.get(0).description() + ".";
        }
        String records = recordTypesChecked.isEmpty() ? ""
                : "; every " + String.join(", ", recordTypesChecked) + " record matches its latest entry";
        return "Ledger intact: " + entries + " verified" + records + ".";
    }
}
