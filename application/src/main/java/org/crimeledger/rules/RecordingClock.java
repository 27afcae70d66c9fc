package org.crimeledger.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * The 24-hour clock of the crime-recording decision, judged by the rule in force on the day the report
 * was received, so a report from the 72-hour era is not judged by today's rule.
 */
public final class RecordingClock {

    private final List<RecordingTimeLimit> limits;
    private final ZoneId zone;

    /**
     * @param limits the rules over time, in any order; at least one
     * @param zone the force's time zone, which decides the date a report was received
     */
    public RecordingClock(List<RecordingTimeLimit> limits, ZoneId zone) {
        if (limits.isEmpty()) {
            throw new IllegalArgumentException("At least one recording time limit is needed");
        }
        this.limits = limits.stream().sorted(Comparator.comparing(RecordingTimeLimit::inForceFrom).reversed()).toList();
        this.zone = zone;
    }

    public RecordingTimeLimit limitFor(Instant reportReceived) {
        LocalDate reportDate = reportReceived.atZone(zone).toLocalDate();
        return limits.stream()
                .filter(limit -> !limit.inForceFrom().isAfter(reportDate))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "No recording time limit is in force for a report received on " + reportDate));
    }

    /** Whether a rule is in force for a report received then (the rules held may start after it). */
    public boolean covers(Instant reportReceived) {
        LocalDate reportDate = reportReceived.atZone(zone).toLocalDate();
        return !earliest().isAfter(reportDate);
    }

    /** The day the earliest rule held came into force. */
    public LocalDate earliest() {
        return limits.get(limits.size() - 1).inForceFrom();
    }

    public Instant deadline(Instant reportReceived) {
        return limitFor(reportReceived).deadlineFor(reportReceived);
    }

    /** Time left before the deadline; negative once it has passed. */
    public Duration timeLeft(Instant reportReceived, Instant now) {
        return Duration.between(now, deadline(reportReceived));
    }

    /** How late a decision was, or zero if it was in time. */
    public Duration delay(Instant reportReceived, Instant decided) {
        Duration late = Duration.between(deadline(reportReceived), decided);
        return late.isNegative() ? Duration.ZERO : late;
    }
}
