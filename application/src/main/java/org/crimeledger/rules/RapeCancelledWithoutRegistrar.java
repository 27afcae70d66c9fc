package org.crimeledger.rules;

import static org.crimeledger.rules.Checks.*;

import java.util.List;

/** Rape or homicide cancellation not decided by the Force Crime Registrar. */
final class RapeCancelledWithoutRegistrar implements RecordingRule {

    static final RuleDefinition DEFINITION = RuleDefinition.of("CRR-RAPE-003", RuleFamily.RAPE, RuleSeverity.ERROR,
            "Rape or homicide cancellation not decided by the Force Crime Registrar",
            "Only the Force Crime Registrar may cancel a recorded rape or, on additional verifiable information, a homicide.",
            "A recorded rape or homicide was cancelled by someone other than the Force Crime Registrar.",
            "CRR26 p.25; OUT26 p.29", Verification.VERIFIED);

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Violation> check(RecordSet records, RuleSettings settings) {
        return records.cancellations().stream().filter(CancellationRecord::approved)
                .filter(cancellation -> !"FCR".equals(cancellation.decidedBy()))
                .filter(cancellation -> records.crime(cancellation.crimeReference()).map(crime -> crime.classification().rape()
                        || crime.classification().homicide() && cancellation.of("C2")).orElse(false))
                .map(cancellation -> new Violation("cancellation", cancellation.reference(), cancellation.cancellationClass()
                        + " of " + cancellation.crimeReference() + " decided by " + deciderOrNoOne(cancellation.decidedBy()) + "."))
                .toList();
    }
}
