package org.crimeledger.rules;

/** What a catalogued rule's finding asks of the person entering the record. */
public enum RuleSeverity {
    /** The record breaks the rules as stated: it cannot be saved until corrected. */
    ERROR,
    /** The record may be right, but the person saving it must give a reason, which is kept. */
    WARNING,
    /** Worth an auditor's look; nothing is asked at entry. */
    INFO
}
