package org.crimeledger.rules;

import java.util.List;

/** Outcome dated before the crime was recorded. */
final class OutcomeBeforeRecording implements RecordingRule {

    static final RuleDefinition DEFINITION = RuleDefinition.of("CRR-OUT-007", RuleFamily.OUTCOMES, RuleSeverity.ERROR,
            "Outcome dated before the crime was recorded",
            "The outcome date is before the crime was recorded. Correct the date.",
            "An outcome is dated before its crime was recorded: one of the dates is wrong.",
            "Data integrity", Verification.DERIVED);

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Violation> check(RecordSet records, RuleSettings settings) {
        return records.outcomes().stream().filter(outcome -> records.crime(outcome.crimeReference())
                        .map(crime -> outcome.outcomeAt().isBefore(crime.recordedAt())).orElse(false))
                .map(outcome -> new Violation("outcome", outcome.reference(), "Outcome at " + outcome.outcomeAt()
                        + ", crime recorded at " + records.crime(outcome.crimeReference()).orElseThrow().recordedAt() + "."))
                .toList();
    }
}
