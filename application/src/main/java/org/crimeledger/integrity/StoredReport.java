package org.crimeledger.integrity;

import java.time.Instant;

/**
 * An integrity report as stored, and when it was computed.
 *
 * @param scheduled whether the scheduled recomputation wrote it (kept fresh), or a request did (reused briefly)
 */
public record StoredReport(IntegrityReport report, Instant computedAt, boolean scheduled) {

    /** The same stored report narrowed to one unit ({@link IntegrityReport#forUnit}). */
    public StoredReport forUnit(String unit) {
        return new StoredReport(report.forUnit(unit), computedAt, scheduled);
    }
}
