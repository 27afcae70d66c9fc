package org.crimeledger.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Conduct crimes (harassment, stalking, controlling or coercive behaviour) between the same people count
 * once, as the most serious conduct offence, and that is normally the principal crime even over more
 * serious offences reported with it (CRR26 p.55), as far as the order on pp.56-57 lets it take them in.
 * Where an offence lies beyond what it takes in, the principal crime rule decides, and the CPS referral
 * must mention the conduct crime (p.55).
 */
final class CourseOfConduct implements CountingRule {

    @Override
    public CountingRuleCode code() {
        return CountingRuleCode.COURSE_OF_CONDUCT;
    }

    @Override
    public Counting apply(Counting counting) {
        List<Finding> findings = new ArrayList<>();
        Counting decided = counting.eachCount(count -> List.of(decide(count, findings)));
        return decided.withFindings(findings);
    }

    private Count decide(Count count, List<Finding> findings) {
        List<ReportedOffence> conduct = count.offences().stream().filter(ConductCrimeOrder::isConductCrime).toList();
        if (count.decided() || conduct.isEmpty() || count.offences().size() == 1) {
            return count;
        }
        conduct.stream().filter(offence -> ConductCrimeOrder.listedLevelOf(offence).isEmpty())
                .forEach(offence -> findings.add(new Finding(CountingRuleCode.CONDUCT_LEVEL_ASSUMED, offence.label()
                        + " was read as " + ConductCrimeOrder.levelOf(offence).description() + ".")));
        ReportedOffence lead = conduct.stream()
                .min(Comparator.comparingInt((ReportedOffence offence) -> ConductCrimeOrder.levelOf(offence).position())
                        .thenComparingInt(offence -> offence.classification().seriousnessRank()))
                .orElseThrow();
        ConductCrimeOrder.Level level = ConductCrimeOrder.levelOf(lead);
        List<ReportedOffence> beyond = count.offences().stream()
                .filter(offence -> !ConductCrimeOrder.isConductCrime(offence) && !level.takesIn().test(offence))
                .filter(offence -> offence.classification().moreSeriousThan(lead.classification()))
                .toList();
        if (!beyond.isEmpty()) {
            findings.add(new Finding(CountingRuleCode.CONDUCT_CRIME_NOT_PRINCIPAL, lead.label() + " against "
                    + count.victim() + " cannot take in " + Count.labels(beyond) + "; mention it in any CPS referral."));
            return count;
        }
        List<ReportedOffence> takenIn = count.decidedAs(lead).related();
        return count.decidedAs(lead).because(code(), lead.label() + " is the principal crime as a course of conduct ("
                + level.description() + "), which takes in the other offences reported with it; they stay on the record: "
                + Count.labels(takenIn) + " (" + code().reference() + ").");
    }
}
