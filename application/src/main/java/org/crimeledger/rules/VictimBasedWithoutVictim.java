package org.crimeledger.rules;

import java.util.List;

/** Victim-based crime without a victim. */
final class VictimBasedWithoutVictim implements RecordingRule {

    static final RuleDefinition DEFINITION = RuleDefinition.of("CRR-CNT-001", RuleFamily.COUNTING, RuleSeverity.ERROR,
            "Victim-based crime without a victim",
            "This offence has a victim in law. Name the victim, or keep the report as a crime-related incident until the victim is found.",
            "A crime of a victim-based class was recorded with no victim.",
            "CRR26 p.7, No victim, no crime; NOL26 marker V", Verification.VERIFIED);

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Violation> check(RecordSet records, RuleSettings settings) {
        return records.crimes().stream().filter(crime -> crime.live() && crime.classification().victimBased()
                        && crime.victimIds().isEmpty())
                .map(crime -> Violation.onCrime(crime, "Class " + crime.classification().code() + " with no victim."))
                .toList();
    }
}
