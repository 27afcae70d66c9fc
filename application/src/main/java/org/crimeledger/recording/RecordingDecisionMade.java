package org.crimeledger.recording;

import java.time.Instant;
import java.util.List;

import org.crimeledger.security.Actor;

/**
 * Published by {@link Deciding} inside the decision's transaction, after the decision, victims and crimes
 * are written, so a listener's work commits or fails with the decision itself.
 *
 * @param crimeIds the crimes recorded (empty unless crimes were recorded)
 * @param victimIds the victims named in a decision not to record (for recorded crimes, see each crime)
 */
public record RecordingDecisionMade(long incidentId, DecisionKind kind, List<Long> crimeIds, List<Long> victimIds,
        Instant decidedAt, Actor actor) {
}
