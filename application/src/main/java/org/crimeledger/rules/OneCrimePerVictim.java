package org.crimeledger.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The unit of count is the victim-offender relationship: one crime for each victim, per offender or group
 * of offenders acting together; three victims of one attacker are three crimes, and a victim of offenders
 * who acted independently has a crime for each (CRR26 p.12, One crime per victim).
 */
final class OneCrimePerVictim implements CountingRule {

    private record Relationship(String victim, String offenderGroup) {
    }

    @Override
    public CountingRuleCode code() {
        return CountingRuleCode.ONE_CRIME_PER_VICTIM;
    }

    @Override
    public Counting apply(Counting counting) {
        Map<Relationship, List<ReportedOffence>> byRelationship = new LinkedHashMap<>();
        counting.reported().stream()
                .filter(offence -> offence.classification().victimBased())
                .forEach(offence -> offence.victims().forEach(victim -> byRelationship
                        .computeIfAbsent(new Relationship(victim, offence.offenderGroup()), key -> new ArrayList<>())
                        .add(offence)));
        return counting.withCounts(byRelationship.entrySet().stream()
                .map(entry -> Count.of(entry.getKey().victim(), entry.getKey().offenderGroup(), entry.getValue())
                        .because(code(), "One crime for victim " + entry.getKey().victim() + " and offender group "
                                + entry.getKey().offenderGroup() + ": the standard counts one crime per victim, per"
                                + " offender or group of offenders acting together (" + code().reference() + ")."))
                .toList());
    }
}
