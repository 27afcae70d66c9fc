package org.crimeledger.outcomes;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks an outcome against the outcome policies. Plain Java: what each policy concerns and who may
 * authorise it come from the {@code outcome_policy} rows passed in; only what each policy looks at is code.
 */
public final class OutcomePolicies {

    private OutcomePolicies() {
    }

    public static List<PolicyFinding> check(OutcomeCase outcome, List<OutcomePolicy> policies) {
        List<PolicyFinding> findings = new ArrayList<>();
        for (OutcomePolicy policy : policies) {
            if (!policy.concerns(outcome.outcomeType())) {
                continue;
            }
            switch (policy.code()) {
                case OUT_OF_COURT_INDICTABLE_ONLY -> {
                    if (outcome.indictableOnly()) {
                        findings.add(authorisation(policy, "Offence " + outcome.classificationCode()
                                + " is triable only on indictment: " + policy.name().toLowerCase()));
                    }
                }
                case COMMUNITY_RESOLUTION_DOMESTIC_ABUSE -> {
                    if (outcome.flags().contains("DOMESTIC_ABUSE")) {
                        findings.add(authorisation(policy, "The crime is flagged domestic abuse: " + policy.name().toLowerCase()));
                    }
                }
                case SIGNIFICANT_OFFENDING_HISTORY -> {
                    if (outcome.previousOffences() == null) {
                        findings.add(new PolicyFinding(policy, PolicyFinding.Kind.NOT_MET, "previousOffences",
                                "Give the suspect's number of previous offences (from the PNC) for a caution or penalty notice"));
                    } else if (policy.threshold() != null && outcome.previousOffences() >= policy.threshold()) {
                        findings.add(authorisation(policy, "The suspect has " + outcome.previousOffences()
                                + " previous offences (" + policy.threshold() + " or more is significant): "
                                + policy.name().toLowerCase()));
                    }
                }
                case TIC_NAMES_THE_CASE -> {
                    if (outcome.ticCaseReference() == null || outcome.ticCaseReference().isBlank()) {
                        findings.add(new PolicyFinding(policy, PolicyFinding.Kind.NOT_MET, "ticCaseReference",
                                "Name the case (court case or charged crime reference) this offence was taken into consideration with"));
                    }
                }
            }
        }
        return findings;
    }

    private static PolicyFinding authorisation(OutcomePolicy policy, String message) {
        return new PolicyFinding(policy, PolicyFinding.Kind.AUTHORISATION_NEEDED, "authorisation", message);
    }
}
