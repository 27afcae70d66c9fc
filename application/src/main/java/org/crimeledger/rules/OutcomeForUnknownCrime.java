package org.crimeledger.rules;

import java.util.List;

/** Outcome or cancellation for a crime the incident does not hold. */
final class OutcomeForUnknownCrime implements RecordingRule {

    static final RuleDefinition DEFINITION = RuleDefinition.of("CRR-OUT-008", RuleFamily.OUTCOMES, RuleSeverity.ERROR,
            "Outcome or cancellation for a crime the incident does not hold",
            "This record refers to a crime that is not on the incident. Correct the crime reference.",
            "An outcome, cancellation or reclassification refers to a crime not held for the incident.",
            "Data integrity", Verification.DERIVED);

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Violation> check(RecordSet records, RuleSettings settings) {
        if (records.outcomes().isEmpty() && records.cancellations().isEmpty() && records.reclassifications().isEmpty()) {
            return List.of();
        }
        return java.util.stream.Stream.of(
                records.outcomes().stream().map(o -> new Violation("outcome", o.reference(), o.crimeReference())),
                records.cancellations().stream().map(c -> new Violation("cancellation", c.reference(), c.crimeReference())),
                records.reclassifications().stream().map(r -> new Violation("reclassification", r.reference(), r.crimeReference())))
                .flatMap(s -> s).filter(v -> records.crime(v.detail()).isEmpty())
                .map(v -> new Violation(v.recordKind(), v.recordReference(), "Crime " + v.detail() + " is not on the incident."))
                .toList();
    }
}
