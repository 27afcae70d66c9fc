package org.crimeledger.rules;

import static org.crimeledger.rules.Checks.*;

import java.util.List;

/** Downgrade without authorisation. */
final class DowngradeWithoutAuthority implements RecordingRule {

    static final RuleDefinition DEFINITION = RuleDefinition.of("CRR-CLS-001", RuleFamily.RECLASSIFICATION, RuleSeverity.ERROR,
            "Downgrade without authorisation",
            "A downgrade to a less serious class must be authorised by a Designated Decision Maker or the Force Crime Registrar.",
            "A crime was downgraded to a less serious class with no one authorising it.",
            "CRR26 p.13, Reclassification", Verification.VERIFIED);

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Violation> check(RecordSet records, RuleSettings settings) {
        return records.reclassifications().stream().filter(change -> change.downgrade() && change.applied()
                        && blank(change.decidedBy()))
                .map(change -> new Violation("reclassification", change.reference(), "Downgrade of "
                        + change.crimeReference() + " from " + change.fromCode() + " to " + change.toCode() + " not authorised."))
                .toList();
    }
}
