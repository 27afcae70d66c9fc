package org.crimeledger.rules;

import static org.crimeledger.rules.Checks.*;

import java.util.List;

/** No-crime reason that does not show the standard was met. */
final class NoCrimeReasonNotInTheStandard implements RecordingRule {

    static final RuleDefinition DEFINITION = RuleDefinition.of("CRR-DEC-003", RuleFamily.DECISION, RuleSeverity.ERROR,
            "No-crime reason that does not show the standard was met",
            "This reason is not one of the grounds the Crime Recording Rules allow for not recording a crime. Choose one that is.",
            "The no-crime reason is not a ground of the standard (for example, the victim declining to support a prosecution): a victim who confirms a crime still has it recorded.",
            "CRR26 pp.7-8, the crime-recording steps", Verification.VERIFIED);

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Violation> check(RecordSet records, RuleSettings settings) {
        return noCrime(records).filter(decision -> !blank(decision.noCrimeReason())
                        && !NoCrimeReasons.NCRS.contains(decision.noCrimeReason()))
                .map(decision -> List.of(decisionViolation(records, "Reason " + decision.noCrimeReason() + ".")))
                .orElse(List.of());
    }
}
