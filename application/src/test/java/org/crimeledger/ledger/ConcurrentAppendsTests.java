package org.crimeledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.crimeledger.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Concurrent transactions append side by side, each in a lane of its own, and every lane stays one chain
 * without gaps or forks.
 */
@DatabaseTest
class ConcurrentAppendsTests {

    private static final int WRITERS = 4;
    private static final int APPENDS_EACH = 25;

    @Autowired
    Ledger ledger;

    @Autowired
    LedgerVerifier verifier;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aWriterDoesNotWaitForTheLaneAnotherTransactionHolds() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<LedgerEntry> held = pool.submit(() -> new TransactionTemplate(transactions).execute(status -> {
                LedgerEntry entry = ledger.append(note("holder"));
                holding.countDown();
                await(release);
                return entry;
            }));
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();

            LedgerEntry meanwhile = new TransactionTemplate(transactions).execute(status -> ledger.append(note("meanwhile")));
            release.countDown();
            LedgerEntry holder = held.get(30, TimeUnit.SECONDS);

            assertThat(lane(meanwhile)).as("appended while the other lane was held").isNotEqualTo(lane(holder));
            assertThat(verifier.verify().brokenEntry()).isNull();
        } finally {
            release.countDown();
            pool.shutdown();
        }
    }

    @Test
    void concurrentAppendsQueueIntoOneUnbrokenChain() throws Exception {
        List<Long> sequences = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int writer = 0; writer < WRITERS; writer++) {
                String recordId = "concurrent-" + writer;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < APPENDS_EACH; i++) {
                        sequences.add(new TransactionTemplate(transactions).execute(status -> ledger.append(
                                new LedgerAppend("test.officer", "OFFICER", "NoteWritten", "ledger_test_note",
                                        recordId, null, null, "{}"))).sequence());
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(sequences).hasSize(WRITERS * APPENDS_EACH).doesNotHaveDuplicates();
        assertThat(verifier.verify().brokenEntry()).isNull();
    }

    private static LedgerAppend note(String recordId) {
        return new LedgerAppend("test.officer", "OFFICER", "NoteWritten", "ledger_test_note", recordId, null, null, "{}");
    }

    private int lane(LedgerEntry entry) {
        return jdbc.sql("select lane from ledger_entry where sequence = :sequence").param("sequence", entry.sequence())
                .query(Integer.class).single();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
