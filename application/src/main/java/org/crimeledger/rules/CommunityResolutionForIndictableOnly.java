package org.crimeledger.rules;

import java.util.List;

/** Community resolution for an indictable-only offence. */
final class CommunityResolutionForIndictableOnly implements RecordingRule {

    static final RuleDefinition DEFINITION = RuleDefinition.of("CRR-OUT-003", RuleFamily.OUTCOMES, RuleSeverity.ERROR,
            "Community resolution for an indictable-only offence",
            "A community resolution cannot be used for an indictable-only offence.",
            "A community resolution (outcome 8) was given for an indictable-only offence.",
            "OUT26 p.15", Verification.VERIFIED);

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Violation> check(RecordSet records, RuleSettings settings) {
        return records.outcomes().stream().filter(outcome -> "8".equals(outcome.type()))
                .filter(outcome -> records.crime(outcome.crimeReference()).map(CrimeRecord::indictableOnly).orElse(false))
                .map(outcome -> new Violation("outcome", outcome.reference(), "Community resolution for "
                        + outcome.crimeReference() + ", an indictable-only offence."))
                .toList();
    }
}
