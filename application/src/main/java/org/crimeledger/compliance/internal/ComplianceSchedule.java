package org.crimeledger.compliance.internal;

import org.crimeledger.compliance.ComplianceRuns;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the catalogue over every record on a schedule (nightly at 02:30 by default,
 * {@code crimeledger.compliance.batch-cron}); {@code crimeledger.compliance.batch-enabled=false} turns it off.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "crimeledger.compliance.batch-enabled", havingValue = "true", matchIfMissing = true)
class ComplianceSchedule {

    private final ComplianceRuns runs;

    ComplianceSchedule(ComplianceRuns runs) {
        this.runs = runs;
    }

    @Scheduled(cron = "${crimeledger.compliance.batch-cron:0 30 2 * * *}", zone = "${crimeledger.force.time-zone:Europe/London}")
    void nightly() {
        runs.runNow("scheduled batch");
    }
}
