package org.crimeledger.rules;

import static org.crimeledger.rules.Checks.*;

import java.util.List;

/** Decision to record crimes with no crime recorded. */
final class CrimesRecordedWithoutCrimes implements RecordingRule {

    static final RuleDefinition DEFINITION = RuleDefinition.of("CRR-DEC-008", RuleFamily.DECISION, RuleSeverity.ERROR,
            "Decision to record crimes with no crime recorded",
            "The decision says crimes are recorded, but none is. Add the offences.",
            "The decision says crimes were recorded, but no crime record exists for the incident.",
            "CRR26 p.7; data integrity", Verification.DERIVED);

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Violation> check(RecordSet records, RuleSettings settings) {
        return records.decided().filter(decision -> decision.is("CRIMES_RECORDED") && records.crimes().isEmpty())
                .map(decision -> List.of(decisionViolation(records, "No crime records."))).orElse(List.of());
    }
}
