package org.crimeledger.integrity.internal;

import java.time.Instant;

import org.crimeledger.integrity.IntegrityChecks;
import org.crimeledger.integrity.StoredReports;
import org.crimeledger.reliability.SingleRunJobs;
import org.crimeledger.synthetic.SyntheticForceGenerated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Recomputes every level's integrity report for the last complete month on a schedule (hourly at ten past by
 * default, {@code crimeledger.integrity.recompute.cron}) and once at start-up when none is stored for that month, so
 * the dashboard never counts on a request. With several instances, {@link SingleRunJobs} lets one of them run each
 * slot. Only a serving application runs it (the command-line tools compute their own report);
 * {@code crimeledger.integrity.recompute.enabled=false} turns it off.
 */
@Configuration
@EnableScheduling
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "crimeledger.integrity.recompute.enabled", havingValue = "true", matchIfMissing = true)
class IntegrityRecomputation {

    static final String JOB = "integrity-recompute";
    private static final Logger log = LoggerFactory.getLogger(IntegrityRecomputation.class);

    private final StoredReports reports;
    private final IntegrityChecks checks;
    private final SingleRunJobs jobs;

    IntegrityRecomputation(StoredReports reports, IntegrityChecks checks, SingleRunJobs jobs) {
        this.reports = reports;
        this.checks = checks;
        this.jobs = jobs;
    }

    @Scheduled(cron = "${crimeledger.integrity.recompute.cron:0 10 * * * *}", zone = "${crimeledger.force.time-zone:Europe/London}")
    void scheduled() {
        recompute(jobs.currentSlot());
    }

    /** At start-up, in the background, when the schedule has not yet stored the default month's reports. */
    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        if (!reports.scheduledFor(checks.lastCompleteMonth())) {
            Thread thread = new Thread(() -> {
                try {
                    recompute(jobs.currentSlot());
                } catch (RuntimeException e) {
                    log.warn("Integrity reports not recomputed at start-up; the schedule will try again", e);
                }
            }, JOB);
            thread.setDaemon(true);
            thread.start();
        }
    }

    /**
     * Once the embedded demo's synthetic force is in (generated in the background after start-up, when the start-up
     * recomputation has already stored reports of an empty force), computed again over its records, so the dashboard
     * shows them now rather than at the next scheduled slot. Demo mode runs one instance, so no slot is taken.
     */
    @EventListener(SyntheticForceGenerated.class)
    void afterTheDemoForce() {
        long start = System.nanoTime();
        int stored = reports.recompute(checks.lastCompleteMonth());
        log.info("Integrity reports recomputed for {} over the demo force: {} stored in {} ms", checks.lastCompleteMonth(),
                stored, (System.nanoTime() - start) / 1_000_000);
    }

    /** Runs the recomputation for the current slot unless another instance runs or has run it; whether this did. */
    boolean recompute(Instant slot) {
        long start = System.nanoTime();
        boolean ran = jobs.runOnce(JOB, slot, () -> {
            int stored = reports.recompute(checks.lastCompleteMonth());
            log.info("Integrity reports recomputed for {}: {} stored in {} ms", checks.lastCompleteMonth(), stored,
                    (System.nanoTime() - start) / 1_000_000);
        });
        return ran;
    }
}
