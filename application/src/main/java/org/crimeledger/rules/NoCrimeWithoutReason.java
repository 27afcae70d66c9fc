package org.crimeledger.rules;

import static org.crimeledger.rules.Checks.*;

import java.util.List;

/** No-crime decision without a reason. */
final class NoCrimeWithoutReason implements RecordingRule {

    static final RuleDefinition DEFINITION = RuleDefinition.of("CRR-DEC-002", RuleFamily.DECISION, RuleSeverity.ERROR,
            "No-crime decision without a reason",
            "Choose the reason no crime is recorded.",
            "A decision not to record a crime gives no reason, so it cannot show the standard was met.",
            "CRR26 p.10, a decision not to record needs an auditable record", Verification.VERIFIED);

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Violation> check(RecordSet records, RuleSettings settings) {
        return noCrime(records).filter(decision -> blank(decision.noCrimeReason()))
                .map(decision -> List.of(decisionViolation(records, "No reason given."))).orElse(List.of());
    }
}
