package org.crimeledger.rules;

import static org.crimeledger.rules.Checks.*;

import java.util.List;
import java.util.Set;

/** Downgrade authorised outside the registrar's team. */
final class DowngradeByWrongRole implements RecordingRule {

    static final RuleDefinition DEFINITION = RuleDefinition.of("CRR-CLS-003", RuleFamily.RECLASSIFICATION, RuleSeverity.WARNING,
            "Downgrade authorised outside the registrar's team",
            "Downgrades are for a Designated Decision Maker or the Force Crime Registrar. Give the reason someone else decided.",
            "A downgrade was authorised by someone who is neither a Designated Decision Maker nor the Force Crime Registrar.",
            "CRR26 p.13 (DDMs or FCRs may re-classify)", Verification.KNOWN);

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Violation> check(RecordSet records, RuleSettings settings) {
        return records.reclassifications().stream().filter(change -> change.downgrade() && change.applied()
                        && !blank(change.decidedBy()) && !Set.of("FCR", "DDM").contains(change.decidedBy()))
                .map(change -> new Violation("reclassification", change.reference(), "Downgrade authorised by "
                        + change.decidedBy() + "."))
                .toList();
    }
}
