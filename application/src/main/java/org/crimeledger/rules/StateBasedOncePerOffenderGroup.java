package org.crimeledger.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * With no specific victim, an offence is counted once for each offender or group of offenders (CRR26 p.12),
 * apart from the crimes with a victim, so a drug offence is counted in addition to the assault reported
 * with it (CRR26 p.91). Offences of the same class by the same offenders count once; offences of different
 * classes stay separate crimes, because each offence chapter states its own rule (pp.83-96).
 */
final class StateBasedOncePerOffenderGroup implements CountingRule {

    private static final String STATE_REFERENCE = "CRR26 p.12";

    private record OffenderGroupAndClass(String offenderGroup, String classCode) {
    }

    @Override
    public CountingRuleCode code() {
        return CountingRuleCode.STATE_BASED_ONCE_PER_OFFENDER_GROUP;
    }

    @Override
    public Counting apply(Counting counting) {
        Map<OffenderGroupAndClass, List<ReportedOffence>> groups = new LinkedHashMap<>();
        counting.reported().stream()
                .filter(WithoutASpecificVictim::countedOncePerOffenderGroup)
                .forEach(offence -> groups.computeIfAbsent(
                        new OffenderGroupAndClass(offence.offenderGroup(), offence.classification().code()),
                        key -> new ArrayList<>()).add(offence));
        return counting.withCounts(groups.values().stream().map(this::counted).toList());
    }

    private Count counted(List<ReportedOffence> offences) {
        ReportedOffence first = offences.get(0);
        String why = WithoutASpecificVictim.caseOf(first)
                .map(c -> c.description() + " (" + c.reference() + ")")
                .orElse("An offence against the State (" + STATE_REFERENCE + ")");
        String times = offences.size() == 1 ? "" : ", reported " + offences.size() + " times,";
        return Count.of(null, first.offenderGroup(), offences).because(code(), why + ": " + first.label() + times
                + " is counted once for offender group " + first.offenderGroup() + ", apart from any crimes with a victim.");
    }
}
