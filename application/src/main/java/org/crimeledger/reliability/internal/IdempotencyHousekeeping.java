package org.crimeledger.reliability.internal;

import org.crimeledger.reliability.SingleRunJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Forgets keyed responses after a day, hourly, on one instance. */
@Configuration
@EnableScheduling
class IdempotencyHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyHousekeeping.class);

    private final IdempotentRequests requests;
    private final SingleRunJobs jobs;

    IdempotencyHousekeeping(IdempotentRequests requests, SingleRunJobs jobs) {
        this.requests = requests;
        this.jobs = jobs;
    }

    @Scheduled(cron = "${crimeledger.idempotency.cleanup-cron:0 7 * * * *}")
    void forgetOldKeys() {
        jobs.runOnce("idempotency-cleanup", jobs.currentSlot(), () -> {
            int forgotten = requests.forgetOlderThan(IdempotentRequests.KEPT_FOR);
            if (forgotten > 0) {
                log.info("Forgot {} idempotency keys older than {}", forgotten, IdempotentRequests.KEPT_FOR);
            }
        });
    }
}
