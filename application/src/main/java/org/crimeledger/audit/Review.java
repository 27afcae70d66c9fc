package org.crimeledger.audit;

/** The three stages of a judgement: two independent auditors, and the Force Crime Registrar where they differ. */
public enum Review {
    FIRST, SECOND, ARBITRATION
}
