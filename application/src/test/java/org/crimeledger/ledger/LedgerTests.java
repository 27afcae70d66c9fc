package org.crimeledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;

import org.crimeledger.DatabaseTest;
import org.crimeledger.security.Actor;
import org.crimeledger.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerTests {

    /** A record type no {@link RecordSnapshots} bean covers, so these entries never count as findings elsewhere. */
    private static final String NOTES = "ledger_test_note";

    @Autowired
    Ledger ledger;

    @Autowired
    LedgerVerifier verifier;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @BeforeAll
    void createNotes() {
        jdbc.sql("create table if not exists " + NOTES + " (id bigint primary key, text text not null)").update();
    }

    @AfterAll
    void dropNotes() {
        jdbc.sql("drop table if exists " + NOTES).update();
    }

    @Test
    void entriesOfOneTransactionChainInItsLaneAndMoveTheLanesEnd() {
        String id = unique();
        List<LedgerEntry> entries = inTransaction(() -> List.of(ledger.append(note(id, "first")),
                ledger.append(note(id, "second"))));

        LedgerEntry first = entries.get(0);
        LedgerEntry second = entries.get(1);
        assertThat(second.sequence()).isEqualTo(first.sequence() + 1);
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(lanePosition(second.sequence())).isEqualTo(lanePosition(first.sequence()) + 1);
        assertThat(second.hash()).matches("[0-9a-f]{64}").isEqualTo(EntryHash.of(second));
        assertThat(first.recordedAt().getNano() % 1_000).as("truncated to the microsecond").isZero();
        assertThat(ledger.history(NOTES, id)).containsExactly(first, second);
        assertThat(jdbc.sql("select last_sequence || ' ' || last_hash from ledger_lane l where exists (select 1 "
                        + "from ledger_entry e where e.lane = l.lane and e.sequence = :sequence)")
                .param("sequence", second.sequence()).query(String.class).single())
                .isEqualTo(second.sequence() + " " + second.hash());
        assertThat(verifier.verify().brokenEntry()).isNull();
    }

    @Test
    void appendingOutsideATransactionIsRefused() {
        String id = unique();
        assertThatThrownBy(() -> ledger.append(note(id, "alone")))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(ledger.history(NOTES, id)).isEmpty();
    }

    @Test
    void aRolledBackChangeLeavesNoEntryAndNoGapInItsLane() {
        long entriesBefore = laneEntries();
        String id = unique();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            ledger.append(note(id, "never happened"));
            status.setRollbackOnly();
        });

        assertThat(ledger.history(NOTES, id)).isEmpty();
        assertThat(laneEntries()).isEqualTo(entriesBefore);
        LedgerEntry next = inTransaction(() -> ledger.append(note(unique(), "happened")));
        assertThat(laneEntries()).isEqualTo(entriesBefore + 1);
        assertThat(verifier.verify().brokenEntry()).isNull();
        assertThat(next.sequence()).isPositive();
    }

    @Test
    void aLoneWriterKeepsToTheFirstLane() {
        LedgerEntry first = inTransaction(() -> ledger.append(note(unique(), "one")));
        LedgerEntry second = inTransaction(() -> ledger.append(note(unique(), "two")));

        assertThat(lane(first.sequence())).isEqualTo(1);
        assertThat(lane(second.sequence())).isEqualTo(1);
        assertThat(second.previousHash()).isEqualTo(first.hash());
    }

    @Test
    void beforeAndAfterAreKeptAndHashedAsPostgresqlsCanonicalJsonb() {
        String id = unique();
        LedgerEntry entry = inTransaction(() -> ledger.append(new LedgerAppend("test.officer", "OFFICER",
                "NoteRewritten", NOTES, id, "typo", "{\"text\":\"helo\",  \"id\":4}", "{\"id\": 4, \"text\": \"hello\"}")));

        assertThat(entry.before()).isEqualTo("{\"id\": 4, \"text\": \"helo\"}");
        assertThat(ledger.history(NOTES, id)).containsExactly(entry);
        assertThat(verifier.verify().brokenEntry()).isNull();
    }

    @Test
    void snapshotIsTheRowAsJsonbAndTakesOnlyPlainNames() {
        jdbc.sql("insert into " + NOTES + " (id, text) values (5, 'kept') on conflict (id) do nothing").update();

        assertThat(ledger.snapshot(NOTES, 5)).contains("{\"id\": 5, \"text\": \"kept\"}");
        assertThat(ledger.snapshot(NOTES, "id", 999_999L)).isEmpty();
        assertThatThrownBy(() -> ledger.snapshot("users; drop table users", "id", 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ledger.snapshot(NOTES, "\"id\"", 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recordChangeTakesTheAfterSnapshotItself() {
        jdbc.sql("insert into " + NOTES + " (id, text) values (6, 'new') on conflict (id) do nothing").update();
        Actor officer = Actor.system("test.officer", Role.OFFICER);

        inTransaction(() -> {
            ledger.recordChange(LedgeredChange.created(officer, "NoteWritten", NOTES, 6, null));
            return null;
        });

        List<LedgerEntry> history = ledger.history(NOTES, "6");
        LedgerEntry entry = history.get(history.size() - 1);
        assertThat(entry.after()).as("chained at commit with the snapshot taken when recorded").isEqualTo("{\"id\": 6, \"text\": \"new\"}");
        assertThat(entry.recordId()).isEqualTo("6");
        assertThat(entry.role()).isEqualTo("OFFICER");
    }

    private static LedgerAppend note(String id, String text) {
        return new LedgerAppend("test.officer", "OFFICER", "NoteWritten", NOTES, id, null, null,
                "{\"text\": \"" + text + "\"}");
    }

    /** A record id unique to this run, so the tests also pass on a server database that keeps earlier runs' entries. */
    private static String unique() {
        return "note-" + Long.toString(System.nanoTime(), 36);
    }

    private long laneEntries() {
        return jdbc.sql("select sum(last_lane_sequence) from ledger_lane").query(Long.class).single();
    }

    private int lane(long sequence) {
        return jdbc.sql("select lane from ledger_entry where sequence = :sequence").param("sequence", sequence)
                .query(Integer.class).single();
    }

    private long lanePosition(long sequence) {
        return jdbc.sql("select lane_sequence from ledger_entry where sequence = :sequence").param("sequence", sequence)
                .query(Long.class).single();
    }

    private <T> T inTransaction(Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(status -> work.get());
    }
}
