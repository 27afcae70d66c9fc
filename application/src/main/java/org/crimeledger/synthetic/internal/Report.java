package org.crimeledger.synthetic.internal;

import java.time.Instant;

import org.crimeledger.incidents.Channel;
import org.crimeledger.incidents.ReporterRelation;

/** How an incident reached the force: what, when, by which route, from whom, where and to which team. */
public record Report(Kind kind, Offence offence, Instant receivedAt, Instant openedAt, Channel channel,
        ReporterRelation relation, Person reporter, Place place, String team, String callHandler) {

    /** Reported by the victim, so the victim's record is the reporter's. */
    public boolean byVictim() {
        return relation == ReporterRelation.VICTIM;
    }
}
