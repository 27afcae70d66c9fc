package org.crimeledger.rules;

import static org.crimeledger.rules.Checks.blank;

import java.time.Duration;
import java.util.List;

/** An N100 left without a sub-code past the force's resolution period: neither confirmed as a crime nor closed. */
final class N100Unresolved implements RecordingRule {

    static final RuleDefinition DEFINITION = RuleDefinition.of("CRR-RAPE-002", RuleFamily.RAPE, RuleSeverity.WARNING,
            "N100 unresolved past the configured period",
            "This N100 has no sub-code after the period the force allows. Record it as a crime, or give its sub-code.",
            "An N100 stayed unresolved (no sub-code, no crime) beyond the configured period; conversion to a crime must"
                    + " not wait for an investigation.",
            "CRR26 pp.62-64; period configurable", Verification.DERIVED);

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Violation> check(RecordSet records, RuleSettings settings) {
        return records.decided().filter(decision -> decision.is("N100") && blank(decision.n100Subcode())
                        && records.crimes().isEmpty()
                        && settings.asOf().isAfter(decision.decidedAt().plus(settings.n100ResolutionPeriod())))
                .map(decision -> List.of(Checks.decisionViolation(records, "N100 without a sub-code for "
                        + Durations.words(Duration.between(decision.decidedAt(), settings.asOf())) + ".")))
                .orElse(List.of());
    }
}
