package org.crimeledger.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where one crime covers several types of offence, the most serious is counted: violence, rape included,
 * before property, then the maximum sentence, as the look-up table orders them (CRR26 pp.12-14). The
 * others stay on the record as related offences, for the investigation and for the outcome rules (p.18).
 * Where two classes are equally serious, the sentence likely to be imposed decides (p.13), which only the
 * recorder can judge, so the first reported is proposed and the recorder is asked.
 */
final class PrincipalCrime implements CountingRule {

    @Override
    public CountingRuleCode code() {
        return CountingRuleCode.PRINCIPAL_CRIME;
    }

    @Override
    public Counting apply(Counting counting) {
        List<Finding> findings = new ArrayList<>();
        return counting.eachCount(count -> List.of(decide(count, findings))).withFindings(findings);
    }

    private Count decide(Count count, List<Finding> findings) {
        if (count.decided()) {
            return count;
        }
        ReportedOffence principal = count.offences().stream()
                .min(Comparator.comparingInt(offence -> offence.classification().seriousnessRank()))
                .orElseThrow();
        Count decided = count.decidedAs(principal);
        List<ReportedOffence> otherClasses = decided.related().stream()
                .filter(offence -> !offence.classification().code().equals(principal.classification().code()))
                .toList();
        if (otherClasses.isEmpty()) {
            return decided;
        }
        List<ReportedOffence> equallySerious = otherClasses.stream()
                .filter(offence -> !principal.classification().moreSeriousThan(offence.classification()))
                .toList();
        if (!equallySerious.isEmpty()) {
            findings.add(new Finding(CountingRuleCode.EQUALLY_SERIOUS, principal.label() + " and "
                    + Count.labels(equallySerious) + " against " + count.relationship() + " rank alike."));
        }
        return decided.because(code(), principal.label() + " is the principal crime, the most serious by the look-up"
                + " table (rank " + principal.classification().seriousnessRank() + "); the related offences stay on the"
                + " record: " + Count.labels(decided.related()) + " (" + code().reference() + ").");
    }
}
