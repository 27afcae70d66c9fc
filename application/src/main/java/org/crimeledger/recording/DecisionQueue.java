package org.crimeledger.recording;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.crimeledger.incidents.AwaitingDecision;
import org.crimeledger.incidents.IncidentQueries;
import org.crimeledger.incidents.IncidentQueries.QueueCounts;
import org.crimeledger.security.Actor;
import org.springframework.stereotype.Service;

/**
 * Every crime-related incident still without its crime-recording decision, the least time left
 * first, so nothing waits unseen past its 24 hours.
 */
@Service
public class DecisionQueue {

    /** The most a queue page or API call returns; the counts always cover the whole queue. */
    public static final int PAGE_SIZE = 200;

    private final IncidentQueries incidents;
    private final Clock clock;

    DecisionQueue(IncidentQueries incidents, Clock clock) {
        this.incidents = incidents;
        this.clock = clock;
    }

    /** One queued incident with the time left before its deadline (negative once overdue). */
    public record Entry(AwaitingDecision incident, Duration timeLeft) {

        public boolean overdue() {
            return timeLeft.isNegative();
        }

        /** "3 h 20 min left" or "2 h 5 min overdue", as people read it. */
        public String timeLeftText() {
            Duration abs = timeLeft.abs();
            String amount = abs.toHours() + " h " + abs.toMinutesPart() + " min";
            return overdue() ? amount + " overdue" : amount + " left";
        }
    }

    /** A page of the queue with the counts of the whole queue. */
    public record View(List<Entry> entries, long awaiting, long overdue, String teamCode) {
    }

    /**
     * The queue as this person may see it: restricted incidents only with need-to-know, each one shown logged as a read
     * (ADR 0030); the counts are taken after the same filter.
     */
    public View forTeam(String teamCode, Actor actor) {
        Instant now = clock.instant();
        List<Entry> entries = incidents.awaitingDecision(teamCode, PAGE_SIZE, actor).stream()
                .map(incident -> new Entry(incident, Duration.between(now, incident.decisionDueAt())))
                .toList();
        QueueCounts counts = incidents.queueCounts(teamCode, now, actor);
        return new View(entries, counts.awaiting(), counts.overdue(), teamCode);
    }

    public QueueCounts counts(String teamCode, Actor actor) {
        return incidents.queueCounts(teamCode, clock.instant(), actor);
    }
}
