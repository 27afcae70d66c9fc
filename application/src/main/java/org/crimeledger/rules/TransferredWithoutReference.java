package org.crimeledger.rules;

import static org.crimeledger.rules.Checks.*;

import java.util.List;

/** Transfer (C1) without the receiving force's crime reference. */
final class TransferredWithoutReference implements RecordingRule {

    static final RuleDefinition DEFINITION = RuleDefinition.of("CRR-CAN-005", RuleFamily.CANCELLATION, RuleSeverity.ERROR,
            "Transfer (C1) without the receiving force's crime reference",
            "Obtain the receiving force's crime reference before removing the crime.",
            "A crime was transferred (C1) before the receiving force's crime reference was obtained.",
            "OUT26 p.26, C1 checklist", Verification.VERIFIED);

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Violation> check(RecordSet records, RuleSettings settings) {
        return records.cancellations().stream().filter(cancellation -> cancellation.of("C1") && cancellation.approved()
                        && !blank(cancellation.targetForce()) && blank(cancellation.targetForceReference()))
                .map(cancellation -> new Violation("cancellation", cancellation.reference(), "C1 to "
                        + cancellation.targetForce() + " with no crime reference from that force."))
                .toList();
    }
}
