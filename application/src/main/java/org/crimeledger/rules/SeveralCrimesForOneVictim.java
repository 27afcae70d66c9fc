package org.crimeledger.rules;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Several crimes for one victim in one finished incident. */
final class SeveralCrimesForOneVictim implements RecordingRule {

    static final RuleDefinition DEFINITION = RuleDefinition.of("CRR-CNT-003", RuleFamily.COUNTING, RuleSeverity.WARNING,
            "Several crimes for one victim in one finished incident",
            "Offences by the same offenders against the same victim reported at the same time are one crime, the most serious. Give the reason they are recorded separately.",
            "Several crimes were recorded for one victim and offender group from one report, against the finished incident and principal crime rules.",
            "CRR26 pp.12-14, Finished incident and principal crime rules", Verification.VERIFIED);

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Violation> check(RecordSet records, RuleSettings settings) {
        if (records.crimes().size() < 2) {
            return List.of();
        }
        Map<String, List<CrimeRecord>> byVictim = records.crimes().stream()
                .filter(crime -> crime.live() && crime.victimIds().size() == 1 && !crime.classification().recordedInAddition())
                .collect(Collectors.groupingBy(crime -> crime.victimIds().get(0) + "/" + crime.offenderGroup()));
        return byVictim.values().stream().filter(crimes -> crimes.size() > 1
                        && !crimes.stream().allMatch(crime -> crime.classification().courseOfConduct()))
                .map(crimes -> Violation.onCrime(crimes.get(1), crimes.size() + " crimes for victim "
                        + crimes.get(0).victimIds().get(0) + ": " + crimes.stream().map(CrimeRecord::reference).toList() + "."))
                .toList();
    }
}
