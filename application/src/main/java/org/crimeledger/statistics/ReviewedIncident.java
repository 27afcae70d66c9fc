package org.crimeledger.statistics;

/**
 * One sampled incident after review: the cluster of the audit design. Several crimes can sit in one
 * incident, so the incident (not the crime) is the unit that was drawn and the unit the interval resamples.
 *
 * @param stratum the stratum the incident was drawn from ("all" when the plan has none)
 * @param shouldHaveBeenRecorded crimes the auditor found should have been recorded (may be 0)
 * @param recorded of those, the crimes the force recorded correctly
 */
public record ReviewedIncident(String stratum, int shouldHaveBeenRecorded, int recorded) {

    public ReviewedIncident {
        if (stratum == null || stratum.isBlank()) {
            throw new IllegalArgumentException("A reviewed incident needs its stratum");
        }
        if (shouldHaveBeenRecorded < 0) {
            throw new IllegalArgumentException(
                    "Crimes that should have been recorded cannot be negative, got " + shouldHaveBeenRecorded);
        }
        if (recorded < 0) {
            throw new IllegalArgumentException("Crimes recorded cannot be negative, got " + recorded);
        }
        if (recorded > shouldHaveBeenRecorded) {
            throw new IllegalArgumentException("More crimes recorded (" + recorded
                    + ") than should have been recorded (" + shouldHaveBeenRecorded + ")");
        }
    }

    public static ReviewedIncident of(int shouldHaveBeenRecorded, int recorded) {
        return new ReviewedIncident(Strata.ALL, shouldHaveBeenRecorded, recorded);
    }
}
