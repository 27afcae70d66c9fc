package org.crimeledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.crimeledger.ledger.LedgerVerification.BrokenEntry;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionTemplate;

/** Each way of rewriting the ledger itself is caught, and the first broken entry is named. */
class TamperedEntriesTests extends TamperedLedger {

    @Test
    void anUntouchedLedgerIsIntact() {
        LedgerVerification verification = verifier.verify();
        assertUntouched(verification);
        assertThat(verification.recordTypesChecked()).contains(RECORDS);
        assertThat(verification.entriesChecked()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void anAlteredReasonIsCaughtAtThatEntry() {
        long bobCreated = sequences.get(1);
        BrokenEntry broken = brokenBy("update ledger_entry set reason = 'Nothing to see' where sequence = " + bobCreated);
        assertThat(broken.sequence()).isEqualTo(bobCreated);
        assertThat(broken.recordType() + " " + broken.recordId()).isEqualTo(RECORDS + " " + ids.get(1));
        assertThat(broken.problem()).contains("altered after it was written");
    }

    @Test
    void anAlteredAfterIsCaughtAtThatEntry() {
        long aliceCreated = sequences.get(0);
        BrokenEntry broken = brokenBy("update ledger_entry set after = jsonb_set(after, '{name}', '\"Mallory\"')"
                + " where sequence = " + aliceCreated);
        assertThat(broken.sequence()).isEqualTo(aliceCreated);
        assertThat(broken.problem()).contains("altered after it was written");
    }

    @Test
    void anEntryRewrittenWithAFreshHashBreaksTheLinkFromTheNextEntry() {
        long bobCreated = sequences.get(1);
        String forgedHash = bench.rehashedWithReason(bobCreated, "Rewritten");
        BrokenEntry broken = brokenBy("update ledger_entry set reason = 'Rewritten', hash = '" + forgedHash
                + "' where sequence = " + bobCreated);
        assertThat(broken.sequence()).isEqualTo(bobCreated + 1);
        assertThat(broken.problem()).contains("no longer links to entry " + bobCreated);
    }

    @Test
    void aDeletedEntryInTheMiddleIsNamedAsMissingBeforeTheNext() {
        long bobCreated = sequences.get(1);
        long carolCreated = sequences.get(2);
        long bobRenamed = sequences.get(3);
        BrokenEntry broken = brokenBy("delete from ledger_entry where sequence = " + carolCreated);
        assertThat(broken.sequence()).isEqualTo(bobRenamed);
        assertThat(broken.problem()).contains("the entry before it is missing: lane 1 goes from entry " + bobCreated
                + " straight to this one");
    }

    @Test
    void aDeletedLastEntryIsCaughtByTheHead() {
        long bobRenamed = sequences.get(3);
        BrokenEntry broken = brokenBy("delete from ledger_entry where sequence = " + bobRenamed);
        assertThat(broken.sequence()).isEqualTo(bobRenamed);
        assertThat(broken.problem()).contains("the head of lane 1 records").contains("ending at entry " + bobRenamed)
                .contains("removed from the end");
    }

    @Test
    void anEntryAddedBehindTheHeadsBackIsCaught() {
        long forged = bench.unusedSequence();
        BrokenEntry broken = brokenBy(bench.forgedEntrySql(forged));
        assertThat(broken.sequence()).isEqualTo(forged);
        assertThat(broken.problem()).contains("added outside the ledger");
    }

    @Test
    void anEntryMovedToAnotherLaneIsCaught() {
        long carolCreated = sequences.get(2);
        BrokenEntry broken = brokenBy("update ledger_entry set lane = 16, lane_sequence = 1000000000000 where sequence = " + carolCreated);
        assertThat(broken.sequence()).isIn(carolCreated, sequences.get(3));
    }

    @Test
    void theDatabaseRefusesToRewriteEntriesWhileItsGuardIsInPlace() {
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status ->
                jdbc.sql("delete from ledger_entry where sequence = " + sequences.get(0)).update()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("ledger_entry is append-only");
    }

    private BrokenEntry brokenBy(String sql) {
        LedgerVerification verification = tampered(sql);
        assertThat(verification.intact()).isFalse();
        assertThat(verification.brokenEntry()).as(verification.summary()).isNotNull();
        assertThat(verification.summary()).startsWith("Ledger broken at entry " + verification.brokenEntry().sequence());
        return verification.brokenEntry();
    }
}
