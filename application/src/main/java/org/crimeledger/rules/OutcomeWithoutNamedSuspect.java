package org.crimeledger.rules;

import java.util.List;

/** Outcome that needs a named suspect without one. */
final class OutcomeWithoutNamedSuspect implements RecordingRule {

    static final RuleDefinition DEFINITION = RuleDefinition.of("CRR-OUT-001", RuleFamily.OUTCOMES, RuleSeverity.ERROR,
            "Outcome that needs a named suspect without one",
            "This outcome type needs a named suspect. Name the suspect or choose another outcome.",
            "An outcome that requires a named suspect was given to a crime with none.",
            "CRR26 pp.22-24; OUT26 checklists", Verification.VERIFIED);

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Violation> check(RecordSet records, RuleSettings settings) {
        return records.outcomes().stream().filter(outcome -> OutcomeTypes.NAMED_SUSPECT.contains(outcome.type()))
                .filter(outcome -> records.crime(outcome.crimeReference()).map(crime -> !crime.namedSuspect()).orElse(false))
                .map(outcome -> new Violation("outcome", outcome.reference(), "Outcome " + outcome.type() + " on "
                        + outcome.crimeReference() + ", which names no suspect."))
                .toList();
    }
}
