package org.crimeledger.rules;

import java.util.List;

/** No-suspect outcome on a crime with a named suspect. */
final class NoSuspectOutcomeWithSuspect implements RecordingRule {

    static final RuleDefinition DEFINITION = RuleDefinition.of("CRR-OUT-009", RuleFamily.OUTCOMES, RuleSeverity.WARNING,
            "No-suspect outcome on a crime with a named suspect",
            "Outcome 18 is for crimes with no suspect identified; this crime names one. Choose another outcome or give the reason.",
            "Outcome 18 (no suspect identified) was given to a crime that names a suspect.",
            "OUT26 p.21", Verification.VERIFIED);

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Violation> check(RecordSet records, RuleSettings settings) {
        return records.outcomes().stream().filter(outcome -> "18".equals(outcome.type()))
                .filter(outcome -> records.crime(outcome.crimeReference()).map(CrimeRecord::namedSuspect).orElse(false))
                .map(outcome -> new Violation("outcome", outcome.reference(), "Outcome 18 on " + outcome.crimeReference()
                        + ", which names a suspect."))
                .toList();
    }
}
