package org.crimeledger.incidents;

import java.time.Instant;

/** One narrative update, appended and attributed; updates are never edited or removed. */
public record IncidentUpdate(long id, long incidentId, Instant writtenAt, String author, String authorRole,
        String text, boolean disclosesCrime) {
}
