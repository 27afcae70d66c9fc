package org.crimeledger.rules;

import static org.crimeledger.rules.RuleFamily.TIMELINESS;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * The crime-recording decision came later than the limit in force when the report was received: 24 hours today
 * (CRR26 p.10), 72 hours under the 2002 standard. One class, two catalogue entries, each with its own period.
 */
final class DecisionLate implements RecordingRule {

    static final DecisionLate WITHIN_24_HOURS = new DecisionLate(Duration.ofHours(24), RuleDefinition.of("CRR-TIME-001",
            TIMELINESS, RuleSeverity.WARNING, "Decision later than 24 hours after the report",
            "This decision is more than 24 hours after the report was received. Give the reason for the delay; the"
                    + " Force Crime Registrar reviews delayed records.",
            "The crime-recording decision was made after the 24-hour limit; a delayed record must carry an"
                    + " NCRS-compliant rationale and Force Crime Registrar oversight.",
            "CRR26 p.10, Timeliness of recording", Verification.KNOWN).applying(LocalDate.of(2015, 4, 1), null));
    static final DecisionLate WITHIN_72_HOURS = new DecisionLate(Duration.ofHours(72), RuleDefinition.of("CRR-TIME-002",
            TIMELINESS, RuleSeverity.WARNING, "Decision later than 72 hours after the report (2002 standard)",
            "This decision is more than 72 hours after the report was received. Give the reason for the delay.",
            "Under the National Crime Recording Standard of 2002 the decision was due within 72 hours of the report;"
                    + " this one was later.",
            "National Crime Recording Standard (April 2002); domain.md 1.4", Verification.KNOWN)
            .applying(LocalDate.of(2002, 4, 1), LocalDate.of(2015, 3, 31)));

    private final Duration limit;
    private final RuleDefinition definition;

    private DecisionLate(Duration limit, RuleDefinition definition) {
        this.limit = limit;
        this.definition = definition;
    }

    @Override
    public RuleDefinition definition() {
        return definition;
    }

    @Override
    public List<Violation> check(RecordSet records, RuleSettings settings) {
        IncidentRecord incident = records.incident();
        return records.decided()
                .filter(decision -> decision.decidedAt().isAfter(incident.receivedAt().plus(limit)))
                .map(decision -> List.of(new Violation("decision", incident.reference(), "Decided "
                        + Durations.words(Duration.between(incident.receivedAt(), decision.decidedAt()))
                        + " after the report was received (limit " + limit.toHours() + " hours).")))
                .orElse(List.of());
    }
}
