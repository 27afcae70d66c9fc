package org.crimeledger.rules;

import static org.crimeledger.rules.Checks.*;

import java.util.List;

/** Cancellation without additional verifiable information. */
final class CancelledWithoutInformation implements RecordingRule {

    static final RuleDefinition DEFINITION = RuleDefinition.of("CRR-CAN-001", RuleFamily.CANCELLATION, RuleSeverity.ERROR,
            "Cancellation without additional verifiable information",
            "A C2 or C5 cancellation needs the additional verifiable information it relies on: what it is, where it came from and how it was verified.",
            "A crime was cancelled as C2 or C5 without documented additional verifiable information.",
            "CRR26 pp.25-26; OUT26 pp.26-27", Verification.VERIFIED);

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Violation> check(RecordSet records, RuleSettings settings) {
        return records.cancellations().stream().filter(cancellation -> cancellation.of("C2", "C5")
                        && blank(cancellation.additionalInformation()))
                .map(cancellation -> new Violation("cancellation", cancellation.reference(), cancellation.cancellationClass()
                        + " of " + cancellation.crimeReference() + " with no additional verifiable information."))
                .toList();
    }
}
