package org.crimeledger.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * How long after the police receive a report its crime-recording decision may take, in force for
 * reports received on or after a date. Today 24 hours (Crime Recording Rules 2026/27, p.10: "no later
 * than 24 hours after the initial report"); older rules such as 72 hours are represented by earlier rows.
 *
 * @param inForceFrom first report date the limit applies to
 * @param limit the time allowed from receipt of the report
 * @param reference where the rule is written
 */
public record RecordingTimeLimit(LocalDate inForceFrom, Duration limit, String reference) {

    public RecordingTimeLimit {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("A recording time limit must be positive, got " + limit);
        }
    }

    /** The clock starts when the report is received, not when the offence happened. */
    public Instant deadlineFor(Instant reportReceived) {
        return reportReceived.plus(limit);
    }
}
