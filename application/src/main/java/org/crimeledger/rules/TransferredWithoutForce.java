package org.crimeledger.rules;

import static org.crimeledger.rules.Checks.*;

import java.util.List;

/** Transfer (C1) without a receiving force. */
final class TransferredWithoutForce implements RecordingRule {

    static final RuleDefinition DEFINITION = RuleDefinition.of("CRR-CAN-004", RuleFamily.CANCELLATION, RuleSeverity.ERROR,
            "Transfer (C1) without a receiving force",
            "Name the force the crime is transferred to.",
            "A crime was transferred (C1) with no receiving force.",
            "CRR26 pp.25-26; OUT26 p.26", Verification.VERIFIED);

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Violation> check(RecordSet records, RuleSettings settings) {
        return records.cancellations().stream().filter(cancellation -> cancellation.of("C1") && blank(cancellation.targetForce()))
                .map(cancellation -> new Violation("cancellation", cancellation.reference(), "C1 of "
                        + cancellation.crimeReference() + " with no receiving force."))
                .toList();
    }
}
