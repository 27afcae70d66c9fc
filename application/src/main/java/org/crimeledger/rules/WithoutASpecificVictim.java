package org.crimeledger.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which offences are counted once per offender or group of offenders rather than once per victim: every
 * offence against the State (CRR26 p.12), and the few offences of victim-based classes that the standard
 * counts once when there is no specific victim.
 */
final class WithoutASpecificVictim {

    /** An offence of a victim-based class that counts once when no victim is named. */
    record Case(String description, Set<String> classes, Set<String> offenceLines, String reference) {

        boolean covers(ReportedOffence offence) {
            return classes.contains(offence.classification().code()) || offence.onAnyOf(offenceLines);
        }
    }

    static final List<Case> CASES = List.of(
            new Case("Public fear, alarm or distress with no specific intended victim", Set.of("9A", "9B"), Set.of(),
                    "CRR26 pp.86-89"),
            new Case("A breach of an order, which NOL26 marks as an offence against the State",
                    Set.of(), BreachesOfCourtOrders.IN_CONDUCT_CLASSES, "NOL26; CRR26 p.52"));

    private WithoutASpecificVictim() {
    }

    static boolean countedOncePerOffenderGroup(ReportedOffence offence) {
        return !offence.classification().victimBased() || caseOf(offence).isPresent();
    }

    /** The case that lets a victim-based offence with no victim be counted without one. */
    static Optional<Case> caseOf(ReportedOffence offence) {
        if (!offence.classification().victimBased() || !offence.victims().isEmpty()) {
            return Optional.empty();
        }
        return CASES.stream().filter(c -> c.covers(offence)).findFirst();
    }
}
