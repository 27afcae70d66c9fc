package org.crimeledger.compliance.internal;

import org.crimeledger.compliance.ComplianceRuns;
import org.crimeledger.reliability.SingleRunJobs;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the catalogue over every record on a schedule (nightly at 02:30 by default,
 * {@code crimeledger.compliance.batch-cron}); {@code crimeledger.compliance.batch-enabled=false} turns it off.
 * With several instances, {@link SingleRunJobs} lets one of them run each night's batch.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "crimeledger.compliance.batch-enabled", havingValue = "true", matchIfMissing = true)
class ComplianceSchedule {

    private final ComplianceRuns runs;
    private final SingleRunJobs jobs;

    ComplianceSchedule(ComplianceRuns runs, SingleRunJobs jobs) {
        this.runs = runs;
        this.jobs = jobs;
    }

    @Scheduled(cron = "${crimeledger.compliance.batch-cron:0 30 2 * * *}", zone = "${crimeledger.force.time-zone:Europe/London}")
    void nightly() {
        jobs.runOnce("compliance-batch", jobs.currentSlot(), () -> runs.runNow("scheduled batch"));
    }
}
