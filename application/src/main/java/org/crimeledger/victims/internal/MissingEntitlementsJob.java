package org.crimeledger.victims.internal;

import org.crimeledger.victims.Entitlements;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Catches up the Victims' Code tasks of crimes that were loaded in bulk (the synthetic force, imports) and so
 * never passed through a crime-recording decision: every interval it opens the missing on-recording tasks,
 * a batch at a time, due from each crime's own recording date. Crimes recorded one by one get theirs in the
 * decision's own transaction and are never touched here.
 */
@Component
@ConditionalOnProperty(name = "crimeledger.victims.catch-up.enabled", havingValue = "true", matchIfMissing = true)
class MissingEntitlementsJob {

    private static final Logger log = LoggerFactory.getLogger(MissingEntitlementsJob.class);
    static final int BATCH = 20_000;

    private final Entitlements entitlements;

    MissingEntitlementsJob(Entitlements entitlements) {
        this.entitlements = entitlements;
    }

    @Scheduled(initialDelayString = "${crimeledger.victims.catch-up.interval:PT1M}",
            fixedDelayString = "${crimeledger.victims.catch-up.interval:PT1M}")
    void catchUp() {
        int total = 0;
        int opened;
        do {
            opened = entitlements.openForCrimesWithoutTasks(BATCH);
            total += opened;
        } while (opened == BATCH);
        if (total > 0) {
            log.info("Victims' Code: opened the missing entitlements of {} crimes loaded in bulk", total);
        }
    }
}
