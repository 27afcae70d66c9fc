package org.crimeledger.victims.internal;

import org.crimeledger.recording.RecordingDecisionMade;
import org.crimeledger.victims.Entitlements;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opens victims' entitlements in the transaction of the crime-recording decision: a victim's tasks exist
 * exactly when their crime (or the decision not to record it) does.
 */
@Component
class RecordingDecisionListener {

    private final Entitlements entitlements;

    RecordingDecisionListener(Entitlements entitlements) {
        this.entitlements = entitlements;
    }

    @EventListener
    void on(RecordingDecisionMade decision) {
        decision.crimeIds().forEach(crimeId -> entitlements.openForRecordedCrime(crimeId, decision.decidedAt()));
        decision.victimIds().forEach(victimId -> entitlements.openForDecisionNotToRecord(victimId, decision.decidedAt()));
    }
}
