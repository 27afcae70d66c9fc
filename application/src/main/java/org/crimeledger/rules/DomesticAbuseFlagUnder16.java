package org.crimeledger.rules;

import java.util.List;

/** Domestic-abuse flag where the victim or suspect is under 16. */
final class DomesticAbuseFlagUnder16 implements RecordingRule {

    static final RuleDefinition DEFINITION = RuleDefinition.of("CRR-FLG-003", RuleFamily.FLAGS, RuleSeverity.WARNING,
            "Domestic-abuse flag where the victim or suspect is under 16",
            "Domestic abuse under the 2021 Act needs both people aged 16 or over. Check the flag, the ages or the classification.",
            "A crime carries the domestic-abuse flag although the victim or suspect was under 16 at the offence.",
            "CRR26 p.26; Domestic Abuse Act 2021 s.1", Verification.VERIFIED);

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Violation> check(RecordSet records, RuleSettings settings) {
        return records.crimes().stream().filter(crime -> crime.flagged("DOMESTIC_ABUSE") && Ages.under16(records, crime))
                .map(crime -> Violation.onCrime(crime, "Domestic-abuse flag; a party was under 16.")).toList();
    }
}
