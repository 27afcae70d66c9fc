package org.crimeledger.rules;

import static org.crimeledger.rules.Checks.*;

import java.util.List;

/** Professional third-party report not recorded for want of the victim's confirmation. */
final class ProfessionalThirdPartyNotConfirmed implements RecordingRule {

    static final RuleDefinition DEFINITION = RuleDefinition.of("CRR-DEC-005", RuleFamily.DECISION, RuleSeverity.ERROR,
            "Professional third-party report not recorded for want of the victim's confirmation",
            "A professional third party or a parent or carer acts for the victim: their credible report must be recorded without the victim's confirmation.",
            "A report by a professional third party or parent or carer was not recorded because the victim did not confirm it; the standard treats them as acting for the victim.",
            "CRR26 pp.7-8, Professional third parties", Verification.VERIFIED);

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Violation> check(RecordSet records, RuleSettings settings) {
        return noCrime(records).filter(decision -> records.incident().reportedForTheVictim()
                        && NoCrimeReasons.THIRD_PARTY_NOT_CONFIRMED.equals(decision.noCrimeReason()))
                .map(decision -> List.of(decisionViolation(records, "Reported by a "
                        + records.incident().reporterRelation() + "; reason " + decision.noCrimeReason() + ".")))
                .orElse(List.of());
    }
}
