package org.crimeledger.outcomes;

/**
 * The outcome policies the code checks. Their names, outcome types, authorising roles and threshold are
 * data, in the {@code outcome_policy} table; a test keeps the two in step.
 */
public enum OutcomePolicyCode {
    OUT_OF_COURT_INDICTABLE_ONLY,
    COMMUNITY_RESOLUTION_DOMESTIC_ABUSE,
    SIGNIFICANT_OFFENDING_HISTORY,
    TIC_NAMES_THE_CASE
}
