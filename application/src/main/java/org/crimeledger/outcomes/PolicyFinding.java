package org.crimeledger.outcomes;

/**
 * What a policy says about an outcome: it needs an authorisation before it can be applied, or it cannot
 * be applied as stated, with the field to put right.
 */
public record PolicyFinding(OutcomePolicy policy, Kind kind, String field, String message) {

    public enum Kind {
        AUTHORISATION_NEEDED,
        NOT_MET
    }
}
