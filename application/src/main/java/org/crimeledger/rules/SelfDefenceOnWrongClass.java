package org.crimeledger.rules;

import java.util.List;

/** Self-defence cancellation of a class it does not apply to. */
final class SelfDefenceOnWrongClass implements RecordingRule {

    static final RuleDefinition DEFINITION = RuleDefinition.of("CRR-CAN-003", RuleFamily.CANCELLATION, RuleSeverity.ERROR,
            "Self-defence cancellation of a class it does not apply to",
            "A C5 (self-defence) cancellation is only for assault with injury (section 47, 8N), assault on a constable (104) or assault without injury (105A).",
            "A C5 cancellation was applied to a crime of a class outside 8N, 104 and 105A.",
            "CRR26 p.25; OUT26 p.27", Verification.VERIFIED);

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Violation> check(RecordSet records, RuleSettings settings) {
        return records.cancellations().stream().filter(cancellation -> cancellation.of("C5"))
                .filter(cancellation -> records.crime(cancellation.crimeReference())
                        .map(crime -> !OffenceClasses.SELF_DEFENCE_CANCELLABLE.contains(crime.classification().code()))
                        .orElse(false))
                .map(cancellation -> new Violation("cancellation", cancellation.reference(), "C5 of a crime of class "
                        + records.crime(cancellation.crimeReference()).orElseThrow().classification().code() + "."))
                .toList();
    }
}
