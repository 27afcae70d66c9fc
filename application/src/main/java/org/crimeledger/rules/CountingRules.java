package org.crimeledger.rules;

import java.util.List;

/**
 * How many crimes one report makes, and of what classification, by the counting rules of the standard
 * applied in order (CRR26 pp.12-18, 55-58). The report is one finished incident: what the victim or
 * officer told the police at one time. Nothing here throws for what was reported; doubts become findings.
 */
public final class CountingRules {

    private CountingRules() {
    }

    /**
     * Every counting rule, in the order it applies: the checks on victims first, then the grouping into
     * victim-offender relationships, the exceptions recorded in addition, and only then the choice of
     * principal crime, conduct crimes before the general rule.
     */
    static List<CountingRule> inOrder() {
        return List.of(
                new VictimBasedOffenceNeedsAVictim(),
                new StateBasedOffenceGivenAVictim(),
                new OneCrimePerVictim(),
                new StateBasedOncePerOffenderGroup(),
                new RecordedInAddition(),
                new FinishedIncident(),
                new CourseOfConduct(),
                new PrincipalCrime(),
                new WeaponUsedInAnotherOffence());
    }

    /** The codes of the rules, in the order they apply, for an auditor or a page that explains them. */
    public static List<CountingRuleCode> rulesInOrder() {
        return inOrder().stream().map(CountingRule::code).toList();
    }

    public static CountingDecision apply(List<ReportedOffence> offences) {
        Counting counting = Counting.of(offences);
        for (CountingRule rule : inOrder()) {
            counting = rule.apply(counting);
        }
        return counting.decision();
    }
}
