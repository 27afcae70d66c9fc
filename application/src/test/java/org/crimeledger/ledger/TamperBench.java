package org.crimeledger.ledger;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The honest side of the tamper tests: writes test records the proper way, each change and its entry in
 * one transaction, and prepares the forgeries a tamperer who knows the encoding would make.
 */
class TamperBench {

    private static final String RECORDS = LedgerTestRecords.TABLE;
    private static final String ACTOR = "test.officer";

    private final Ledger ledger;
    private final JdbcClient jdbc;

    TamperBench(Ledger ledger, JdbcClient jdbc) {
        this.ledger = ledger;
        this.jdbc = jdbc;
    }

    void createTable() {
        jdbc.sql("create table if not exists " + RECORDS
                + " (id uuid primary key default gen_random_uuid(), name text not null)").update();
    }

    @Transactional
    UUID create(String name, List<Long> sequences) {
        UUID id = jdbc.sql("insert into " + RECORDS + " (name) values (:name) returning id").param("name", name)
                .query(UUID.class).single();
        sequences.add(append("TestRecordCreated", id, null).sequence());
        return id;
    }

    @Transactional
    void rename(UUID id, String name, List<Long> sequences) {
        String before = ledger.snapshot(RECORDS, "id", id).orElseThrow();
        jdbc.sql("update " + RECORDS + " set name = :name where id = :id").param("name", name).param("id", id).update();
        sequences.add(append("TestRecordRenamed", id, before).sequence());
    }

    @Transactional
    void remove(UUID id) {
        String before = ledger.snapshot(RECORDS, "id", id).orElseThrow();
        jdbc.sql("delete from " + RECORDS + " where id = :id").param("id", id).update();
        append("TestRecordRemoved", id, before);
    }

    /** The hash an entry would have with another reason: what someone rewriting it would store. */
    String rehashedWithReason(long sequence, String reason) {
        LedgerEntry e = entry(sequence);
        return EntryHash.of(new LedgerEntry(e.sequence(), e.recordedAt(), e.actor(), e.role(), e.action(),
                e.recordType(), e.recordId(), reason, e.before(), e.after(), e.previousHash(), null));
    }

    /** An insert of a well-formed entry, correctly chained to the last one, that leaves the head alone. */
    String forgedEntrySql(long sequence) {
        LedgerEntry last = entry(jdbc.sql("select last_sequence from ledger_lane where lane = 1").query(Long.class).single());
        LedgerEntry forged = LedgerEntry.seal(sequence, last.recordedAt(),
                new LedgerAppend(ACTOR, "OFFICER", "TestRecordRenamed", RECORDS, last.recordId(), null, null, null),
                last.hash());
        return "insert into ledger_entry (sequence, recorded_at, actor, role, action, record_type, record_id, "
                + "previous_hash, hash, lane, lane_sequence) select " + sequence + ", recorded_at, actor, role, "
                + "'TestRecordRenamed', record_type, record_id, '" + forged.previousHash() + "', '" + forged.hash()
                + "', lane, lane_sequence + 1 from ledger_entry where sequence = " + last.sequence();
    }

    /** A sequence number no entry has, nor will: the ledger's sequence is moved past it. */
    long unusedSequence() {
        return jdbc.sql("select nextval('ledger_entry_sequence')").query(Long.class).single();
    }

    private LedgerEntry append(String action, UUID id, String before) {
        return ledger.append(new LedgerAppend(ACTOR, "OFFICER", action, RECORDS, id.toString(), null, before,
                ledger.snapshot(RECORDS, "id", id).orElse(null)));
    }

    private LedgerEntry entry(long sequence) {
        return jdbc.sql("select " + LedgerEntry.COLUMNS + " from ledger_entry where sequence = :sequence")
                .param("sequence", sequence).query(LedgerEntry::read).single();
    }
}
