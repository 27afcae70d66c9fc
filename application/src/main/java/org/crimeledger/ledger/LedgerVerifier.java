package org.crimeledger.ledger;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.crimeledger.ledger.LedgerVerification.RecordFinding;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proves the history has not been rewritten: recomputes the whole hash chain and checks each record
 * covered by a {@link RecordSnapshots} bean against its latest entry. Used by the ledger page, its API
 * and {@code crimeledger verify-ledger}.
 */
@Service
public class LedgerVerifier {

    private final LedgerChain chain;
    private final RecordComparison comparison;
    private final ObjectProvider<RecordSnapshots> snapshots;
    private final Clock clock;

    LedgerVerifier(LedgerChain chain, RecordComparison comparison, ObjectProvider<RecordSnapshots> snapshots,
            Clock clock) {
        this.chain = chain;
        this.comparison = comparison;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    /**
     * Runs in one repeatable-read snapshot, so entries, head and records are seen at the same moment and an
     * append committed meanwhile cannot look like tampering.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public LedgerVerification verify() {
        LedgerChain.Walk walk = chain.walk();
        List<String> types = new ArrayList<>();
        List<RecordFinding> findings = new ArrayList<>();
        long findingCount = 0;
        for (RecordSnapshots type : snapshots.orderedStream().toList()) {
            RecordComparison.Findings found = comparison.compare(type);
            types.add(type.recordType());
            findings.addAll(found.listed());
            findingCount += found.total();
        }
        return new LedgerVerification(clock.instant(), walk.entriesChecked(), walk.brokenEntry(), types, findings,
                findingCount);
    }
}
