package org.crimeledger.recording;

import java.time.Instant;
import java.util.List;

import org.crimeledger.incidents.Incident;
import org.crimeledger.rules.CountingDecision;
import org.crimeledger.rules.RuleFinding;
import org.crimeledger.security.Actor;

/**
 * The Crime Recording Rules at the point of entry, supplied from outside this module: {@link Deciding} refuses a
 * decision with an error finding, asks for a reason for warnings, and has the reason kept in the decision's own
 * transaction. With no screening supplied, decisions are checked by this module's own checks only.
 */
public interface DecisionScreening {

    /**
     * What the catalogue finds in the decision as stated.
     *
     * @param counting the crimes the counting rules propose, or null when no crime is recorded
     */
    List<RuleFinding> screen(Incident incident, DecisionRequest request, CountingDecision counting, Instant now);

    /** Keeps the warnings the decider went ahead despite, with their reason; called inside the decision's transaction. */
    void acknowledge(Incident incident, List<RuleFinding> warnings, String reason, Actor actor, Instant now);
}
