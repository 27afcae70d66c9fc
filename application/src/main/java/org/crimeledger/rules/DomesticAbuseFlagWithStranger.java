package org.crimeledger.rules;

import java.util.List;

/** Domestic-abuse flag on a crime between strangers. */
final class DomesticAbuseFlagWithStranger implements RecordingRule {

    static final RuleDefinition DEFINITION = RuleDefinition.of("CRR-FLG-001", RuleFamily.FLAGS, RuleSeverity.WARNING,
            "Domestic-abuse flag on a crime between strangers",
            "Domestic abuse needs the victim and suspect to be personally connected. Check the flag or the relationship.",
            "A crime carries the domestic-abuse flag although the victim and suspect are recorded as strangers.",
            "CRR26 p.26; Domestic Abuse Act 2021 s.2", Verification.VERIFIED);

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Violation> check(RecordSet records, RuleSettings settings) {
        return records.crimes().stream().filter(crime -> crime.flagged("DOMESTIC_ABUSE") && "STRANGER".equals(crime.relationship()))
                .map(crime -> Violation.onCrime(crime, "Domestic-abuse flag; relationship STRANGER.")).toList();
    }
}
