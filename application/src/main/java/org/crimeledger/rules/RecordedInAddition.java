package org.crimeledger.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The exceptions to the finished incident and principal crime rules: these offences are recorded as crimes
 * of their own beside the other offences against the same victim by the same offenders, not taken into them.
 * Offences against the State never join a crime with a victim in the first place
 * ({@link StateBasedOncePerOffenderGroup}), which is how drug offences are counted in addition (CRR26 p.91).
 */
final class RecordedInAddition implements CountingRule {

    /** One exception, matched on classes or offence lines, with where the standard states it. */
    record Exemption(String description, Set<String> classes, Set<String> offenceLines, boolean onlyBesideAConductCrime,
            String reference) {

        boolean covers(ReportedOffence offence, boolean besideAConductCrime) {
            boolean listed = classes.contains(offence.classification().code()) || offence.onAnyOf(offenceLines);
            return listed && (besideAConductCrime || !onlyBesideAConductCrime);
        }
    }

    static final List<Exemption> EXEMPTIONS = List.of(
            new Exemption("Modern slavery is recorded in addition to the most serious other offence against the victim",
                    Set.of("106"), Set.of(), false, "CRR26 pp.13, 48, 63"),
            new Exemption("A breach of a court order is recorded in addition to the offences reported with it",
                    Set.of(), BreachesOfCourtOrders.OFFENCE_LINES, false, "CRR26 pp.56-57, 89"),
            new Exemption("A threatening communication (005/28) continuing a course of conduct is recorded in addition"
                    + " to the conduct crime", Set.of(), Set.of("005/28"), true, "CRR26 p.58"));

    @Override
    public CountingRuleCode code() {
        return CountingRuleCode.RECORDED_IN_ADDITION;
    }

    @Override
    public Counting apply(Counting counting) {
        return counting.eachCount(count -> count.hasVictim() ? split(count) : List.of(count));
    }

    private List<Count> split(Count count) {
        boolean besideAConductCrime = count.offences().stream().anyMatch(ConductCrimeOrder::isConductCrime);
        Map<Optional<Exemption>, List<ReportedOffence>> parts = new LinkedHashMap<>();
        count.offences().forEach(offence -> parts.computeIfAbsent(
                EXEMPTIONS.stream().filter(e -> e.covers(offence, besideAConductCrime)).findFirst(),
                key -> new ArrayList<>()).add(offence));
        if (parts.size() == 1) {
            return List.of(count);
        }
        return parts.entrySet().stream().map(part -> part.getKey()
                .map(exemption -> count.splitOff(part.getValue()).because(code(),
                        exemption.description() + " (" + exemption.reference() + ")."))
                .orElseGet(() -> count.splitOff(part.getValue())))
                .toList();
    }
}
