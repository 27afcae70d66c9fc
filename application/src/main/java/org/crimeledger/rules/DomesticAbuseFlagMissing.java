package org.crimeledger.rules;

import java.util.List;
import java.util.Set;

/** Personally connected victim and suspect without the domestic-abuse flag. */
final class DomesticAbuseFlagMissing implements RecordingRule {

    static final RuleDefinition DEFINITION = RuleDefinition.of("CRR-FLG-002", RuleFamily.FLAGS, RuleSeverity.WARNING,
            "Personally connected victim and suspect without the domestic-abuse flag",
            "The victim and suspect are partners, ex-partners or family. Set the domestic-abuse flag or give the reason it does not apply.",
            "A crime between partners, ex-partners or family members, both 16 or over, lacks the domestic-abuse flag.",
            "CRR26 p.26; Domestic Abuse Act 2021 ss.1-2", Verification.VERIFIED);

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Violation> check(RecordSet records, RuleSettings settings) {
        return records.crimes().stream().filter(crime -> crime.victimIds().size() == 1 && !crime.flagged("DOMESTIC_ABUSE")
                        && Relationships.PERSONALLY_CONNECTED.contains(String.valueOf(crime.relationship()))
                        && !Ages.under16(records, crime))
                .map(crime -> Violation.onCrime(crime, "Relationship " + crime.relationship() + "; no domestic-abuse flag."))
                .toList();
    }
}
