package org.crimeledger.victims;

import java.time.LocalDate;

/**
 * A victim's answers to the satisfaction survey, on the Home Office seven-point scale (1 completely
 * satisfied to 7 completely dissatisfied); the parts are optional.
 */
public record SurveyResponse(String crimeReference, LocalDate surveyedOn, Integer overall, Integer easeOfContact,
        Integer actionsTaken, Integer keptInformed, Integer treatment) {

    /** The answers 1 to 3 (completely, very or fairly satisfied) count as satisfied. */
    public static final int SATISFIED_AT_MOST = 3;
}
