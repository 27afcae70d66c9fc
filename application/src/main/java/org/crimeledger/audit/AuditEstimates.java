package org.crimeledger.audit;

import java.util.List;

import org.crimeledger.statistics.Grade;
import org.crimeledger.statistics.GradeThresholds;
import org.crimeledger.statistics.RateEstimate;
import org.crimeledger.statistics.UnrecordedCrimes;

/**
 * What an audit found so far: the crime-recording rate overall, by stratum and for the offence groups an
 * inspection publishes, the other judged measures, unrecorded crimes a year and the grade they indicate,
 * and how often the two reviewers disagreed.
 *
 * @param unrecorded null until the plan has the force's recorded crime for the 12 months
 * @param grade null until there is an overall rate
 */
public record AuditEstimates(AuditPlan plan, int sampled, int counted, int awaitingReview, int awaitingArbitration,
                             List<Line> rates, List<Line> measures, UnrecordedCrimes unrecorded, Grade grade,
                             GradeThresholds thresholds, int reviewedTwice, int disagreements) {

    /** One estimated figure, or the reason there is none yet. */
    public record Line(String label, RateEstimate estimate, String note) {

        public boolean available() {
            return estimate != null;
        }
    }

    public Line overall() {
        return rates.get(0);
    }

    public Double disagreementRate() {
        return reviewedTwice == 0 ? null : (double) disagreements / reviewedTwice;
    }
}
