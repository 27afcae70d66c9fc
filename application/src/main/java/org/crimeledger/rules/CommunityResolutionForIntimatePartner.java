package org.crimeledger.rules;

import java.util.List;

/** Community resolution for intimate-partner domestic abuse. */
final class CommunityResolutionForIntimatePartner implements RecordingRule {

    static final RuleDefinition DEFINITION = RuleDefinition.of("CRR-OUT-005", RuleFamily.OUTCOMES, RuleSeverity.ERROR,
            "Community resolution for intimate-partner domestic abuse",
            "A community resolution cannot be used for intimate-partner domestic abuse.",
            "A community resolution was given for domestic abuse between intimate partners.",
            "OUT26 p.15", Verification.VERIFIED);

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Violation> check(RecordSet records, RuleSettings settings) {
        return records.outcomes().stream().filter(outcome -> "8".equals(outcome.type()))
                .filter(outcome -> records.crime(outcome.crimeReference()).map(crime -> crime.flagged("DOMESTIC_ABUSE")
                        && Relationships.INTIMATE.contains(String.valueOf(crime.relationship()))).orElse(false))
                .map(outcome -> new Violation("outcome", outcome.reference(), "Community resolution for "
                        + outcome.crimeReference() + ", intimate-partner domestic abuse."))
                .toList();
    }
}
