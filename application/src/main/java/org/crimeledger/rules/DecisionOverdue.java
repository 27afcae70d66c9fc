package org.crimeledger.rules;

import static org.crimeledger.rules.RuleFamily.TIMELINESS;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/** A crime-related incident still has no decision, and its 24 hours have passed (CRR26 p.10). */
final class DecisionOverdue implements RecordingRule {

    static final RuleDefinition DEFINITION = RuleDefinition.of("CRR-TIME-003", TIMELINESS, RuleSeverity.WARNING,
            "Crime-related incident awaiting a decision past its deadline",
            "This incident disclosed a possible crime more than 24 hours ago and still has no crime-recording decision.",
            "A crime-related incident was still undecided when the records were checked, after its 24-hour deadline.",
            "CRR26 p.10, Timeliness of recording", Verification.VERIFIED).applying(LocalDate.of(2015, 4, 1), null);

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Violation> check(RecordSet records, RuleSettings settings) {
        IncidentRecord incident = records.incident();
        if (!incident.crimeRelated() || records.decision() != null || incident.closedAt() != null
                || !settings.asOf().isAfter(incident.receivedAt().plus(Duration.ofHours(24)))) {
            return List.of();
        }
        return List.of(Violation.onIncident(incident, "No decision "
                + Durations.words(Duration.between(incident.receivedAt(), settings.asOf())) + " after the report."));
    }
}
