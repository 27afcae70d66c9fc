package org.crimeledger.rules;

import java.util.List;

/** Penalty notice for a person with a significant offending history. */
final class PenaltyNoticeForRepeatOffender implements RecordingRule {

    static final RuleDefinition DEFINITION = RuleDefinition.of("CRR-OUT-006", RuleFamily.OUTCOMES, RuleSeverity.WARNING,
            "Penalty notice for a person with a significant offending history",
            "This person has a significant offending history. Give the reason a penalty notice is appropriate rather than a charge.",
            "A penalty notice for disorder was given to a person with at least the configured number of previous offences; Kent 2013 found exactly this.",
            "HMIC Crime Recording in Kent (2013); threshold configurable", Verification.DERIVED);

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Violation> check(RecordSet records, RuleSettings settings) {
        return records.outcomes().stream().filter(outcome -> "6".equals(outcome.type()) && outcome.suspectPreviousOffences() != null
                        && outcome.suspectPreviousOffences() >= settings.significantOffendingHistory())
                .map(outcome -> new Violation("outcome", outcome.reference(), "Penalty notice for a person with "
                        + outcome.suspectPreviousOffences() + " previous offences (threshold "
                        + settings.significantOffendingHistory() + ")."))
                .toList();
    }
}
