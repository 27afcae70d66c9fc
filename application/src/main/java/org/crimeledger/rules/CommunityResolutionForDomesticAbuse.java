package org.crimeledger.rules;

import static org.crimeledger.rules.Checks.*;

import java.util.List;

/** Community resolution for domestic abuse without an inspector's authority. */
final class CommunityResolutionForDomesticAbuse implements RecordingRule {

    static final RuleDefinition DEFINITION = RuleDefinition.of("CRR-OUT-004", RuleFamily.OUTCOMES, RuleSeverity.ERROR,
            "Community resolution for domestic abuse without an inspector's authority",
            "A community resolution for domestic abuse is exceptional and needs an inspector's authority.",
            "A community resolution was given for a domestic-abuse crime without an inspector's (supervisor's) authority.",
            "OUT26 p.15", Verification.VERIFIED);

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Violation> check(RecordSet records, RuleSettings settings) {
        return records.outcomes().stream().filter(outcome -> "8".equals(outcome.type()) && !outcome.authorisedAtLeast("INSPECTOR"))
                .filter(outcome -> records.crime(outcome.crimeReference()).map(crime -> crime.flagged("DOMESTIC_ABUSE"))
                        .orElse(false))
                .map(outcome -> new Violation("outcome", outcome.reference(), "Community resolution for domestic abuse,"
                        + " authorised by " + deciderOrNoOne(outcome.authorisedRank()) + "."))
                .toList();
    }
}
