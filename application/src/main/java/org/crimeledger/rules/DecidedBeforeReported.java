package org.crimeledger.rules;

import static org.crimeledger.rules.RuleFamily.TIMELINESS;

import java.util.List;

/** A decision cannot come before the report it decides on. */
final class DecidedBeforeReported implements RecordingRule {

    static final RuleDefinition DEFINITION = RuleDefinition.of("CRR-TIME-007", TIMELINESS, RuleSeverity.ERROR,
            "Decision before the report was received",
            "The decision time is before the report was received. Correct one of the times.",
            "The crime-recording decision is dated before the report: one of the times is wrong.", "Data integrity",
            Verification.DERIVED);

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Violation> check(RecordSet records, RuleSettings settings) {
        return records.decided().filter(decision -> decision.decidedAt().isBefore(records.incident().receivedAt()))
                .map(decision -> List.of(new Violation("decision", records.incident().reference(), "Decided at "
                        + decision.decidedAt() + ", report received at " + records.incident().receivedAt() + ".")))
                .orElse(List.of());
    }
}
