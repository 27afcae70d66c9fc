package org.crimeledger.rules;

import java.util.List;

/** State-based crime recorded with a victim. */
final class StateBasedWithVictim implements RecordingRule {

    static final RuleDefinition DEFINITION = RuleDefinition.of("CRR-CNT-006", RuleFamily.COUNTING, RuleSeverity.WARNING,
            "State-based crime recorded with a victim",
            "This offence is against the State and has no victim in law. Check the classification, or give the reason.",
            "A crime of a class with no victim in law was recorded with a victim: the classification may be wrong.",
            "CRR26 p.8, Offences against the State; p.12", Verification.VERIFIED);

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Violation> check(RecordSet records, RuleSettings settings) {
        return records.crimes().stream().filter(crime -> !crime.classification().victimBased() && !crime.victimIds().isEmpty())
                .map(crime -> Violation.onCrime(crime, "Class " + crime.classification().code() + " with victims "
                        + crime.victimIds() + "."))
                .toList();
    }
}
