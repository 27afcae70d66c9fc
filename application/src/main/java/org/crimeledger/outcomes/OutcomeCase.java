package org.crimeledger.outcomes;

import java.util.List;

/**
 * What the outcome policies look at: the outcome type chosen, the crime's classification and flags, and
 * what the officer states about the suspect and the case.
 *
 * @param previousOffences the suspect's previous offences as the officer states them (from the Police
 *        National Computer); null when not given
 */
public record OutcomeCase(String outcomeType, String classificationCode, boolean indictableOnly, List<String> flags,
        Integer previousOffences, String ticCaseReference) {
}
