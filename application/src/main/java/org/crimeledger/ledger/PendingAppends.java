package org.crimeledger.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The entries a transaction has recorded but not yet chained. They are chained in one go just before
 * the transaction commits, so the transaction's lane of the ledger is locked only for those few inserts and
 * the commit, not while the rest of the transaction runs.
 */
final class PendingAppends {

    private static final Object KEY = PendingAppends.class;

    private PendingAppends() {
    }

    /** Adds an entry to the current transaction's batch; {@code flush} chains the batch before commit. */
    static void add(LedgerAppend entry, Consumer<List<LedgerAppend>> flush) {
        @SuppressWarnings("unchecked")
        List<LedgerAppend> batch = (List<LedgerAppend>) TransactionSynchronizationManager.getResource(KEY);
        if (batch == null) {
            List<LedgerAppend> created = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(KEY, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    flush.accept(List.copyOf(created));
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
            batch = created;
        }
        batch.add(entry);
    }
}
