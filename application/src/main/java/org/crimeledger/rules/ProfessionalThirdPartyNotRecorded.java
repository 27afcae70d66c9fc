package org.crimeledger.rules;

import static org.crimeledger.rules.Checks.*;

import java.util.List;

/** Professional third-party report not recorded. */
final class ProfessionalThirdPartyNotRecorded implements RecordingRule {

    static final RuleDefinition DEFINITION = RuleDefinition.of("CRR-DEC-006", RuleFamily.DECISION, RuleSeverity.WARNING,
            "Professional third-party report not recorded",
            "This report came from a professional third party or a parent or carer, whose credible reports must be recorded. Give the reason it is not.",
            "A report by a professional third party or parent or carer was not recorded; the inspectorate repeatedly found such reports wrongly left unrecorded.",
            "CRR26 pp.7-8; HMICFRS crime data integrity inspections", Verification.VERIFIED);

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Violation> check(RecordSet records, RuleSettings settings) {
        return noCrime(records).filter(decision -> records.incident().reportedForTheVictim()
                        && !NoCrimeReasons.THIRD_PARTY_NOT_CONFIRMED.equals(decision.noCrimeReason()))
                .map(decision -> List.of(decisionViolation(records, "Reported by a "
                        + records.incident().reporterRelation() + "; not recorded.")))
                .orElse(List.of());
    }
}
