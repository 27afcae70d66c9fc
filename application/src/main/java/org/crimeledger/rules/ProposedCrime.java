package org.crimeledger.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One crime the counting rules propose to record from a report, with the reasons an auditor can check.
 *
 * @param victim key of the victim, or null for an offence with no specific victim
 * @param offenderGroup key of the offenders acting together
 * @param principal the classification to record
 * @param related the offences taken into this crime, kept on the record for the investigation (CRR26 p.12)
 * @param rulesApplied the counting rules that shaped it, each with its official reference
 * @param rationale why it was counted so, in plain English
 */
public record ProposedCrime(
        String victim,
        String offenderGroup,
        Classification principal,
        List<Classification> related,
        List<CountingRuleCode> rulesApplied,
        String rationale) {

    public ProposedCrime {
        Objects.requireNonNull(offenderGroup, "offenderGroup");
        Objects.requireNonNull(principal, "principal");
        related = List.copyOf(related);
        rulesApplied = List.copyOf(rulesApplied);
        Objects.requireNonNull(rationale, "rationale");
    }

    public Optional<String> victimKey() {
        return Optional.ofNullable(victim);
    }

    public boolean hasVictim() {
        return victim != null;
    }

    public boolean applied(CountingRuleCode rule) {
        return rulesApplied.contains(rule);
    }
}
