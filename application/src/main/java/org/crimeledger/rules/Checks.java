package org.crimeledger.rules;

import java.util.Optional;

/** Small helpers the rules share. */
final class Checks {

    private Checks() {
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static Optional<DecisionRecord> noCrime(RecordSet records) {
        return records.decided().filter(decision -> decision.is("NO_CRIME"));
    }

    static Violation decisionViolation(RecordSet records, String detail) {
        return new Violation("decision", records.incident().reference(), detail);
    }

    static String deciderOrNoOne(String decidedBy) {
        return blank(decidedBy) ? "no one" : decidedBy;
    }
}
