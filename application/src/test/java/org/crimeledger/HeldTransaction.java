package org.crimeledger;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two people changing one record at the same moment: the first change is made in a transaction held open until
 * the second is seen waiting on a lock in PostgreSQL, then committed; the second's outcome is returned.
 */
public final class HeldTransaction {

    private HeldTransaction() {
    }

    /** What the second change threw, or null if it succeeded. */
    public static Throwable secondWhileFirstHeld(PlatformTransactionManager transactions, JdbcClient jdbc,
            Runnable first, Runnable second) throws Exception {
        CountDownLatch firstDone = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> holder = pool.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                first.run();
                firstDone.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            if (!firstDone.await(30, TimeUnit.SECONDS)) {
                holder.get(1, TimeUnit.SECONDS);
                throw new IllegalStateException("The first change did not finish");
            }
            long waitingBefore = waiting(jdbc);
            Future<Throwable> contender = pool.submit(() -> {
                try {
                    second.run();
                    return null;
                } catch (Throwable thrown) {
                    return thrown;
                }
            });
            Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
            while (waiting(jdbc) <= waitingBefore && !contender.isDone() && Instant.now().isBefore(deadline)) {
                Thread.onSpinWait();
            }
            release.countDown();
            holder.get(30, TimeUnit.SECONDS);
            return contender.get(30, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    private static long waiting(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from pg_locks where not granted").query(Long.class).single();
    }
}
