package org.crimeledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.crimeledger.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The head row's lock queues appends from concurrent transactions into one chain, without gaps or forks. */
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
}
