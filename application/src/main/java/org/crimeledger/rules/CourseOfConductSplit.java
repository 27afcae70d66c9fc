package org.crimeledger.rules;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Course-of-conduct offence split into several crimes. */
final class CourseOfConductSplit implements RecordingRule {

    static final RuleDefinition DEFINITION = RuleDefinition.of("CRR-CNT-004", RuleFamily.COUNTING, RuleSeverity.WARNING,
            "Course-of-conduct offence split into several crimes",
            "Harassment, stalking and controlling or coercive behaviour between the same people are one crime. Give the reason for recording several.",
            "A course of conduct between the same victim and offenders was recorded as several conduct crimes.",
            "CRR26 pp.55-57, Conduct crimes", Verification.VERIFIED);

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
                .filter(crime -> crime.live() && crime.victimIds().size() == 1 && crime.classification().courseOfConduct())
                .collect(Collectors.groupingBy(crime -> crime.victimIds().get(0) + "/" + crime.offenderGroup()));
        return byVictim.values().stream().filter(crimes -> crimes.size() > 1)
                .map(crimes -> Violation.onCrime(crimes.get(1), crimes.size() + " conduct crimes for victim "
                        + crimes.get(0).victimIds().get(0) + ": " + crimes.stream().map(CrimeRecord::reference).toList() + "."))
                .toList();
    }
}
