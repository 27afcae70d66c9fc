package org.crimeledger.rules;

import static org.crimeledger.rules.Checks.*;

import java.util.List;
import java.util.Set;

/** Cancellation by a role without the right. */
final class CancelledWithoutAuthority implements RecordingRule {

    static final RuleDefinition DEFINITION = RuleDefinition.of("CRR-CAN-002", RuleFamily.CANCELLATION, RuleSeverity.ERROR,
            "Cancellation by a role without the right",
            "Only a Designated Decision Maker or the Force Crime Registrar, independent of the investigation, may decide a C2 to C5 cancellation.",
            "A C2-C5 cancellation was decided by someone who is neither a Designated Decision Maker nor the Force Crime Registrar.",
            "CRR26 p.25; OUT26 p.29", Verification.VERIFIED);

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Violation> check(RecordSet records, RuleSettings settings) {
        return records.cancellations().stream().filter(cancellation -> cancellation.approved()
                        && cancellation.of("C2", "C3", "C4", "C5")
                        && !Set.of("FCR", "DDM").contains(String.valueOf(cancellation.decidedBy())))
                .map(cancellation -> new Violation("cancellation", cancellation.reference(), cancellation.cancellationClass()
                        + " decided by " + deciderOrNoOne(cancellation.decidedBy()) + "."))
                .toList();
    }
}
