package org.crimeledger.rules;

import static org.crimeledger.rules.Checks.*;

import java.util.List;

/** No-crime decision without an explanation. */
final class NoCrimeWithoutExplanation implements RecordingRule {

    static final RuleDefinition DEFINITION = RuleDefinition.of("CRR-DEC-004", RuleFamily.DECISION, RuleSeverity.ERROR,
            "No-crime decision without an explanation",
            "Explain why no crime is recorded and why that meets the standard.",
            "A decision not to record a crime has no explanation, so an auditor cannot tell whether the standard was met.",
            "CRR26 p.10; p.8 (counter-allegations: a decision not to record must be documented)", Verification.VERIFIED);

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Violation> check(RecordSet records, RuleSettings settings) {
        return noCrime(records).filter(decision -> blank(decision.explanation()))
                .map(decision -> List.of(decisionViolation(records, "No explanation."))).orElse(List.of());
    }
}
