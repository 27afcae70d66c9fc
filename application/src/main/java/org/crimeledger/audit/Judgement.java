package org.crimeledger.audit;

import java.time.Instant;
import java.util.List;

/**
 * A reviewer's judgement of one sampled incident (issue's review workspace): how many crimes should have
 * been recorded and with which classifications, how many were, and whether they were correctly classified,
 * recorded on time, the victim told of decisions and (for cancellations and N100s) the decision correct.
 * A null answer means "does not apply".
 */
public record Judgement(long id, long itemId, Review review, int shouldHaveBeenRecorded, int recorded,
                        List<String> expectedClassifications, Boolean correctlyClassified, Boolean recordedOnTime,
                        Boolean victimInformed, Boolean decisionCorrect, String note, String reviewer,
                        String reviewerRole, Instant judgedAt) {

    /** Whether two reviews of the same incident reach a different conclusion on anything that is counted. */
    public boolean differsFrom(Judgement other) {
        return shouldHaveBeenRecorded != other.shouldHaveBeenRecorded || recorded != other.recorded
                || !java.util.Objects.equals(correctlyClassified, other.correctlyClassified)
                || !java.util.Objects.equals(recordedOnTime, other.recordedOnTime)
                || !java.util.Objects.equals(victimInformed, other.victimInformed)
                || !java.util.Objects.equals(decisionCorrect, other.decisionCorrect);
    }
}
