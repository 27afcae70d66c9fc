package org.crimeledger.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of the Crime Recording Rules catalogue: a stable code that is never reused, what it asks, the
 * messages for the officer entering the record and for the auditor reading the finding, where it is written,
 * when it applies and how sure we are of it.
 *
 * @param code stable code, such as {@code CRR-TIME-001}
 * @param appliesFrom first day (of the report's receipt) the rule applies to, or null since records began
 * @param appliesTo last day it applies to, or null while it is in force
 */
public record RuleDefinition(String code, RuleFamily family, RuleSeverity severity, String title,
        String officerMessage, String auditorMessage, String reference, LocalDate appliesFrom, LocalDate appliesTo,
        Verification verification) {

    public RuleDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(officerMessage, "officerMessage");
        Objects.requireNonNull(auditorMessage, "auditorMessage");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(verification, "verification");
        if (!code.matches("CRR-[A-Z]+-\\d{3}")) {
            throw new IllegalArgumentException("A rule code looks like CRR-TIME-001, got " + code);
        }
        if (appliesFrom != null && appliesTo != null && appliesTo.isBefore(appliesFrom)) {
            throw new IllegalArgumentException(code + " stops applying before it starts");
        }
    }

    /** A rule in force since records began and still in force. */
    static RuleDefinition of(String code, RuleFamily family, RuleSeverity severity, String title, String officerMessage,
            String auditorMessage, String reference, Verification verification) {
        return new RuleDefinition(code, family, severity, title, officerMessage, auditorMessage, reference, null, null,
                verification);
    }

    RuleDefinition applying(LocalDate from, LocalDate to) {
        return new RuleDefinition(code, family, severity, title, officerMessage, auditorMessage, reference, from, to,
                verification);
    }

    /** Whether the rule applies to a report received on this day. */
    public boolean appliesOn(LocalDate day) {
        return (appliesFrom == null || !day.isBefore(appliesFrom)) && (appliesTo == null || !day.isAfter(appliesTo));
    }

    /** The period in words: "from 2015-04-01", "2002-04-01 to 2015-03-31" or "always". */
    public String period() {
        if (appliesFrom == null && appliesTo == null) {
            return "always";
        }
        if (appliesTo == null) {
            return "from " + appliesFrom;
        }
        return (appliesFrom == null ? "until " : appliesFrom + " to ") + appliesTo;
    }
}
