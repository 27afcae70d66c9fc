package org.crimeledger.rules;

import static org.crimeledger.rules.Checks.*;

import java.util.List;

/** Reported rape closed without a crime or N100. */
final class RapeNotRecorded implements RecordingRule {

    static final RuleDefinition DEFINITION = RuleDefinition.of("CRR-RAPE-001", RuleFamily.RAPE, RuleSeverity.ERROR,
            "Reported rape closed without a crime or N100",
            "Every report of rape is recorded as a crime or, if not confirmed, as an N100 at the time of the report.",
            "A report alleging rape was decided without recording a crime or an N100.",
            "CRR26 pp.62-64, N100", Verification.VERIFIED);

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Violation> check(RecordSet records, RuleSettings settings) {
        return records.decided().filter(decision -> records.incident().rapeReported()
                        && !(decision.is("CRIMES_RECORDED") || decision.is("N100") || decision.is("TRANSFERRED")))
                .map(decision -> List.of(decisionViolation(records, "Rape reported (" + records.incident()
                        .reportedClassification() + "); decided " + decision.kind() + ".")))
                .orElse(List.of());
    }
}
