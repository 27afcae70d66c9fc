package org.crimeledger.rules;

import static org.crimeledger.rules.Checks.*;

import java.util.List;

/** Downgrade without a reason. */
final class DowngradeWithoutReason implements RecordingRule {

    static final RuleDefinition DEFINITION = RuleDefinition.of("CRR-CLS-002", RuleFamily.RECLASSIFICATION, RuleSeverity.ERROR,
            "Downgrade without a reason",
            "Give the additional verifiable information that justifies the downgrade.",
            "A crime was downgraded with no reason recorded.",
            "CRR26 p.13; OUT26 p.28", Verification.VERIFIED);

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Violation> check(RecordSet records, RuleSettings settings) {
        return records.reclassifications().stream().filter(change -> change.downgrade() && blank(change.reason()))
                .map(change -> new Violation("reclassification", change.reference(), "Downgrade of "
                        + change.crimeReference() + " from " + change.fromCode() + " to " + change.toCode() + " with no reason."))
                .toList();
    }
}
