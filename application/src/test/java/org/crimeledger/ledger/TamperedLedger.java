package org.crimeledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.crimeledger.DatabaseTest;
import org.crimeledger.ledger.LedgerVerification.RecordFinding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Three test records written through the ledger before each test, and tampering in plain SQL as someone
 * with database access could. Every tampering runs in a transaction that is rolled back, so the shared
 * ledger is left exactly as it was, which each test then proves.
 */
@DatabaseTest
@Import(LedgerTestRecords.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TamperedLedger {

    static final String RECORDS = LedgerTestRecords.TABLE;

    @Autowired
    TamperBench bench;

    @Autowired
    LedgerVerifier verifier;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    /** Alice, Bob and Carol, identified by UUIDs so that no id is ever reused, even on a server kept between runs. */
    final List<UUID> ids = new ArrayList<>();

    /** Their entries: Alice, Bob and Carol created, then Bob renamed Robert, the last entry of the ledger. */
    final List<Long> sequences = new ArrayList<>();

    @BeforeEach
    void writeRecordsThroughTheLedger() {
        ids.clear();
        sequences.clear();
        bench.createTable();
        for (String name : List.of("Alice", "Bob", "Carol")) {
            ids.add(bench.create(name, sequences));
        }
        bench.rename(ids.get(1), "Robert", sequences);
    }

    @AfterEach
    void removeThemThroughTheLedgerOnceProvedUntouched() {
        assertUntouched(verifier.verify());
        ids.forEach(bench::remove);
        assertUntouched(verifier.verify());
    }

    @AfterAll
    void dropTheTableOnceEveryRecordIsRemovedThroughTheLedger() {
        jdbc.sql("drop table if exists " + RECORDS).update();
    }

    /** Tampers as an owner of the database could, who can also lift the append-only guard, then rolls back. */
    LedgerVerification tampered(String sql) {
        return new TransactionTemplate(transactions).execute(status -> {
            status.setRollbackOnly();
            jdbc.sql("alter table ledger_entry disable trigger ledger_entry_append_only").update();
            jdbc.sql(sql).update();
            return verifier.verify();
        });
    }

    static void assertUntouched(LedgerVerification verification) {
        assertThat(verification.brokenEntry()).as(verification.summary()).isNull();
        assertThat(verification.recordFindings()).extracting(RecordFinding::recordType).doesNotContain(RECORDS);
    }
}
