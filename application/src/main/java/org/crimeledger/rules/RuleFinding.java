package org.crimeledger.rules;

import java.util.Objects;

/**
 * A finding of the catalogue: which rule, on which record of which incident, and what was found.
 *
 * @param incidentReference the incident whose record set was checked
 */
public record RuleFinding(RuleDefinition rule, String incidentReference, String recordKind, String recordReference,
        String detail) {

    public RuleFinding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(incidentReference, "incidentReference");
    }

    static RuleFinding of(RuleDefinition rule, String incidentReference, Violation violation) {
        return new RuleFinding(rule, incidentReference, violation.recordKind(), violation.recordReference(),
                violation.detail());
    }

    public String code() {
        return rule.code();
    }

    public RuleSeverity severity() {
        return rule.severity();
    }
}
