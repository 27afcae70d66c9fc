package org.crimeledger.rules;

import static org.crimeledger.rules.Checks.*;

import java.util.List;

/** Transfer without a receiving force. */
final class TransferWithoutForce implements RecordingRule {

    static final RuleDefinition DEFINITION = RuleDefinition.of("CRR-DEC-007", RuleFamily.DECISION, RuleSeverity.ERROR,
            "Transfer without a receiving force",
            "Name the force the report is transferred to.",
            "A report was decided as transferred with no receiving force, so it may have been recorded nowhere.",
            "CRR26 p.15, Cross-border crime", Verification.VERIFIED);

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Violation> check(RecordSet records, RuleSettings settings) {
        return records.decided().filter(decision -> decision.is("TRANSFERRED") && blank(decision.transferForce()))
                .map(decision -> List.of(decisionViolation(records, "No receiving force."))).orElse(List.of());
    }
}
