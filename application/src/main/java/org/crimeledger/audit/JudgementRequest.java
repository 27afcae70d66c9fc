package org.crimeledger.audit;

import java.util.List;

/** A judgement as a reviewer submits it; checked by {@link Reviews#judge}. */
public record JudgementRequest(Review review, Integer shouldHaveBeenRecorded, Integer recorded,
                               List<String> expectedClassifications, Boolean correctlyClassified,
                               Boolean recordedOnTime, Boolean victimInformed, Boolean decisionCorrect, String note) {
}
