package org.crimeledger.rules;

import java.util.List;

/** Several victims on one crime. */
final class SeveralVictimsOnOneCrime implements RecordingRule {

    static final RuleDefinition DEFINITION = RuleDefinition.of("CRR-CNT-002", RuleFamily.COUNTING, RuleSeverity.ERROR,
            "Several victims on one crime",
            "Record one crime for each victim.",
            "One crime was recorded for several victims; one crime per victim means each victim has a crime of their own.",
            "CRR26 p.12, One crime per victim", Verification.VERIFIED);

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Violation> check(RecordSet records, RuleSettings settings) {
        return records.crimes().stream().filter(crime -> crime.victimIds().size() > 1)
                .map(crime -> Violation.onCrime(crime, crime.victimIds().size() + " victims: " + crime.victimIds() + "."))
                .toList();
    }
}
