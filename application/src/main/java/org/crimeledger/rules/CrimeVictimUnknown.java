package org.crimeledger.rules;

import java.util.List;

/** Crime names a victim who is not on the incident. */
final class CrimeVictimUnknown implements RecordingRule {

    static final RuleDefinition DEFINITION = RuleDefinition.of("CRR-CNT-007", RuleFamily.COUNTING, RuleSeverity.ERROR,
            "Crime names a victim who is not on the incident",
            "The victim of this crime is not among the incident's victims. Add the victim or correct the crime.",
            "A crime refers to a victim the incident does not hold.",
            "Data integrity", Verification.DERIVED);

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Violation> check(RecordSet records, RuleSettings settings) {
        return records.crimes().stream().flatMap(crime -> crime.victimIds().stream()
                        .filter(id -> records.victim(id).isEmpty())
                        .map(id -> Violation.onCrime(crime, "Victim " + id + " is not on the incident.")))
                .toList();
    }
}
