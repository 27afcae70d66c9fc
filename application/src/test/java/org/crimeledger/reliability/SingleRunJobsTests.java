package org.crimeledger.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.crimeledger.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A scheduled job runs once per slot, however many instances fire it, and again after a run that died. */
@DatabaseTest
class SingleRunJobsTests {

    @Autowired
    SingleRunJobs jobs;

    final String job = "test-job-" + UUID.randomUUID();
    final Instant slot = Instant.parse("2026-11-27T02:30:00Z");
    final AtomicInteger runs = new AtomicInteger();

    @Test
    void whileOneInstanceRunsAJobAnotherSkipsIt() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> jobs.runOnce(job, slot, () -> {
            runs.incrementAndGet();
            started.countDown();
            await(release);
        }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        boolean second = jobs.runOnce(job, slot.plusSeconds(60), runs::incrementAndGet);
        release.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(second).isFalse();
        assertThat(runs).hasValue(1);
    }

    @Test
    void aSlotAlreadyDoneIsNotRunAgainButTheNextIs() {
        assertThat(jobs.runOnce(job, slot, runs::incrementAndGet)).isTrue();
        assertThat(jobs.runOnce(job, slot, runs::incrementAndGet)).isFalse();
        assertThat(jobs.runOnce(job, slot.plusSeconds(86_400), runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(2);
    }

    @Test
    void aRunThatDiedIsRunAgain() {
        assertThatThrownBy(() -> jobs.runOnce(job, slot, () -> {
            throw new IllegalStateException("killed half-way");
        })).hasMessage("killed half-way");

        assertThat(jobs.runOnce(job, slot, runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(1);
    }

    @Test
    void differentJobsHaveDifferentLocks() {
        assertThat(SingleRunJobs.lockKey("compliance-batch")).isNotEqualTo(SingleRunJobs.lockKey("idempotency-cleanup"))
                .isEqualTo(SingleRunJobs.lockKey("compliance-batch"));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
