package org.crimeledger.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A crime in the making: the offences of one victim-offender relationship that will be counted as one
 * crime, and, once a rule has chosen it, the principal offence. Reasons gather as rules apply.
 *
 * @param victim the victim's key, or null when there is no specific victim
 * @param principal the chosen offence, or null until a rule chooses
 */
record Count(String victim, String offenderGroup, List<ReportedOffence> offences, ReportedOffence principal,
        List<CountingRuleCode> rules, List<String> reasons) {

    Count {
        offences = List.copyOf(offences);
        rules = List.copyOf(rules);
        reasons = List.copyOf(reasons);
    }

    static Count of(String victim, String offenderGroup, List<ReportedOffence> offences) {
        return new Count(victim, offenderGroup, offences, null, List.of(), List.of());
    }

    boolean decided() {
        return principal != null;
    }

    boolean hasVictim() {
        return victim != null;
    }

    /** A count of some of these offences, for the same victim and offenders, with the reasons so far. */
    Count splitOff(List<ReportedOffence> some) {
        return new Count(victim, offenderGroup, some, null, rules, reasons);
    }

    Count decidedAs(ReportedOffence chosen) {
        return new Count(victim, offenderGroup, offences, chosen, rules, reasons);
    }

    Count because(CountingRuleCode rule, String reason) {
        List<CountingRuleCode> allRules = rules.contains(rule) ? rules
                : Stream.concat(rules.stream(), Stream.of(rule)).toList();
        return new Count(victim, offenderGroup, offences, principal, allRules,
                Stream.concat(reasons.stream(), Stream.of(reason)).toList());
    }

    /** The offences taken into the principal one. */
    List<ReportedOffence> related() {
        List<ReportedOffence> related = new ArrayList<>(offences);
        related.remove(principal);
        return related;
    }

    /** Offences as a rationale lists them: "Harassment (8L), Assault with injury (8N 008/06)". */
    static String labels(List<ReportedOffence> offences) {
        return String.join(", ", offences.stream().map(ReportedOffence::label).toList());
    }

    String relationship() {
        return (hasVictim() ? "victim " + victim + " and " : "") + "offender group " + offenderGroup;
    }

    ProposedCrime proposedCrime() {
        if (!decided()) {
            throw new IllegalStateException("No principal offence was chosen for " + relationship());
        }
        return new ProposedCrime(victim, offenderGroup, principal.classification(),
                related().stream().map(ReportedOffence::classification).toList(), rules, String.join(" ", reasons));
    }
}
