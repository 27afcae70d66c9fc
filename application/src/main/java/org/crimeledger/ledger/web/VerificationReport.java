package org.crimeledger.ledger.web;

import java.time.Instant;
import java.util.List;

import org.crimeledger.ledger.LedgerVerification;
import org.crimeledger.ledger.LedgerVerification.BrokenEntry;
import org.crimeledger.ledger.LedgerVerification.RecordFinding;

/**
 * The verification as the API states it: the verdict and the one-line summary first, so a monitoring
 * script need read no further, then the detail.
 */
record VerificationReport(boolean intact, String summary, Instant verifiedAt, long entriesChecked,
        BrokenEntry brokenEntry, List<String> recordTypesChecked, long recordFindingCount,
        List<RecordFinding> recordFindings) {

    static VerificationReport of(LedgerVerification verification) {
        return new VerificationReport(verification.intact(), verification.summary(), verification.verifiedAt(),
                verification.entriesChecked(), verification.brokenEntry(), verification.recordTypesChecked(),
                verification.recordFindingCount(), verification.recordFindings());
    }
}
