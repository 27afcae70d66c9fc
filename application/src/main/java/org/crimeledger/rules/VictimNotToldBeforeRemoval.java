package org.crimeledger.rules;

import java.util.List;

/** Victim not told before a C1, C2 or C5 removal. */
final class VictimNotToldBeforeRemoval implements RecordingRule {

    static final RuleDefinition DEFINITION = RuleDefinition.of("CRR-CAN-007", RuleFamily.CANCELLATION, RuleSeverity.WARNING,
            "Victim not told before a C1, C2 or C5 removal",
            "The victim must be told before this crime is removed. Record when they were told, or give the reason.",
            "A C1, C2 or C5 removal took effect with no record that the victim was told beforehand.",
            "CRR26 p.26; OUT26 p.26", Verification.VERIFIED);

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Violation> check(RecordSet records, RuleSettings settings) {
        return records.cancellations().stream().filter(cancellation -> cancellation.approved() && cancellation.of("C1", "C2", "C5"))
                .filter(cancellation -> cancellation.victimToldAt() == null || cancellation.decidedAt() != null
                        && cancellation.victimToldAt().isAfter(cancellation.decidedAt()))
                .map(cancellation -> new Violation("cancellation", cancellation.reference(), cancellation.victimToldAt() == null
                        ? "No record of the victim being told." : "Victim told at " + cancellation.victimToldAt()
                        + ", after the decision at " + cancellation.decidedAt() + "."))
                .toList();
    }
}
