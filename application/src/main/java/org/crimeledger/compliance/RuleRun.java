package org.crimeledger.compliance;

import java.time.Duration;
import java.time.Instant;

/** One batch run of the catalogue over every record the database holds. */
public record RuleRun(long id, Instant startedAt, Instant finishedAt, Instant asOf, String startedBy,
        long incidentsChecked, long errors, long warnings, long information) {

    public Duration took() {
        return Duration.between(startedAt, finishedAt);
    }

    public long findings() {
        return errors + warnings + information;
    }
}
