package org.crimeledger.accountability;

/**
 * Progress on recommendations and areas for improvement as counts only, for the Police and Crime
 * Commissioner's office: no finding text, owner or evidence, so nothing personal can reach it.
 */
public record Progress(Kind kind, long open, long inProgress, long done, long overdue) {

    public enum Kind {
        RECOMMENDATION, AREA_FOR_IMPROVEMENT
    }

    public long total() {
        return open + inProgress + done;
    }
}
