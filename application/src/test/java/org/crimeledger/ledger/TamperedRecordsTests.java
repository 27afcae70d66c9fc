package org.crimeledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** A record changed, deleted or inserted behind the ledger's back is found, though every entry is intact. */
class TamperedRecordsTests extends TamperedLedger {

    @Test
    void aRecordChangedWithoutAnEntryIsFound() {
        UUID bob = ids.get(1);
        assertThat(findingsAfter("update " + RECORDS + " set name = 'Mallory' where id = '" + bob + "'"))
                .containsExactly(bob + " differs from entry " + sequences.get(3)
                        + ", its latest: it was changed without a ledger entry");
    }

    @Test
    void aRecordDeletedWithoutAnEntryIsFound() {
        UUID carol = ids.get(2);
        assertThat(findingsAfter("delete from " + RECORDS + " where id = '" + carol + "'"))
                .containsExactly(carol + " no longer exists, but entry " + sequences.get(2)
                        + " records it: it was deleted without a ledger entry");
    }

    @Test
    void aRecordInsertedWithoutAnEntryIsFound() {
        assertThat(findingsAfter("insert into " + RECORDS + " (name) values ('Eve')")).singleElement().asString()
                .endsWith(" exists, but no ledger entry records it: it was inserted without one");
    }

    @Test
    void aRecordRestoredAfterTheLedgerRecordedItsRemovalIsFound() {
        UUID dave = bench.create("Dave", sequences);
        bench.remove(dave);
        assertThat(findingsAfter("insert into " + RECORDS + " (id, name) values ('" + dave + "', 'Dave')"))
                .singleElement().asString().startsWith(dave + " exists, but entry ")
                .endsWith(" records its removal: it was restored without a ledger entry");
    }

    private List<String> findingsAfter(String sql) {
        LedgerVerification verification = tampered(sql);
        assertThat(verification.brokenEntry()).as("every entry is untouched").isNull();
        assertThat(verification.intact()).isFalse();
        assertThat(verification.summary()).startsWith("Ledger chain intact").contains(" from the ledger; first: ");
        return verification.recordFindings().stream().filter(finding -> finding.recordType().equals(RECORDS))
                .map(finding -> finding.recordId() + " " + finding.problem()).toList();
    }
}
