package org.crimeledger.rules;

import java.util.List;

/** Crime-related incident closed with no crime-recording decision. */
final class ClosedWithoutDecision implements RecordingRule {

    static final RuleDefinition DEFINITION = RuleDefinition.of("CRR-DEC-001", RuleFamily.DECISION, RuleSeverity.ERROR,
            "Crime-related incident closed with no crime-recording decision",
            "This incident disclosed a possible crime. Make the crime-recording decision before closing it.",
            "A crime-related incident was closed without a crime-recording decision: a crime may have been lost.",
            "CRR26 p.7; HMICFRS crime data integrity criteria", Verification.VERIFIED);

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Violation> check(RecordSet records, RuleSettings settings) {
        IncidentRecord incident = records.incident();
        return incident.crimeRelated() && incident.closedAt() != null && records.decision() == null
                ? List.of(Violation.onIncident(incident, "Closed at " + incident.closedAt() + " with no decision."))
                : List.of();
    }
}
